/** A space, tab, line break, carriage return or no-break space, by UTF-16 code: the blanks a hit, run or URL is trimmed at. */
export const isBlank = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
