/**
 * One spelling per value across every row of every tab: the first seen wins, matched ignoring case
 * and whitespace, so an owner typed `Tom`, `tom ` and `TOM` is one owner to filter and count by.
 */
export class Spellings {
  private readonly first = new Map<string, string>();

  of(value: string): string;
  of(value: string | undefined): string | undefined;
  of(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const key = value.toLowerCase().replace(/\s+/g, '');
    const spelling = this.first.get(key);
    if (spelling !== undefined) return spelling;
    this.first.set(key, value);
    return value;
  }

  /** A comma-separated list ('Glow Theory,pawsome'), each item in its spelling, once, joined by ', '. */
  ofList(list: string | undefined): string | undefined {
    if (list === undefined) return undefined;
    const items = new Set(
      list
        .split(/[,;]/)
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => this.of(item)),
    );
    return items.size ? [...items].join(', ') : undefined;
  }
}
