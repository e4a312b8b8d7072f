// One line of a CSV table read as its fields: dataset exports and labelled example tables are read row by row.

/**
 * Walks one CSV line's fields, double quotes honoured ("a, b" is one field; "" is a quote inside one), handing each to
 * `field` when given (the count alone allocates nothing). Returns how many fields the line has.
 */
function walkFields(line: string, field?: (value: string) => void): number {
  let fields = 1;
  let value = '';
  // Whether the field holds only blanks so far: a quotation mark opens a quoted field only there. (Asked of the field
  // itself with trim(), each mark cost the field's length: a line of 20,000 marks took seconds.)
  let blank = true;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        if (field) value += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        blank = false;
      } else if (field) value += c;
    } else if (c === '"' && blank) quoted = true;
    else if (c === ',') {
      field?.(value);
      value = '';
      blank = true;
      fields++;
    } else {
      if (field) value += c;
      if (c !== ' ' && c !== '\t') blank = false;
    }
  }
  field?.(value);
  return fields;
}

/** The fields of one CSV line (walkFields). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  walkFields(line, (value) => out.push(value));
  return out;
}

/** How many fields one CSV line has, read as csvFields reads them, without building them. */
export function csvFieldCount(line: string): number {
  return walkFields(line);
}
