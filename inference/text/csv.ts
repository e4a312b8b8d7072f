// One line of a CSV table read as its fields: dataset exports and labelled example tables are read row by row.

/** The fields of one CSV line, double quotes honoured ("a, b" is one field; "" is a quote inside one). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  // Whether the field holds only blanks so far: a quotation mark opens a quoted field only there. (Asked of the field
  // itself with trim(), each mark cost the field's length: a line of 20,000 marks took seconds.)
  let blank = true;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        blank = false;
      }
      else field += c;
    } else if (c === '"' && blank) quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
      blank = true;
    } else {
      field += c;
      if (c !== ' ' && c !== '\t') blank = false;
    }
  }
  out.push(field);
  return out;
}
