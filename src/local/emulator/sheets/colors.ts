// Colour strings as Sheets reports them back: lowercase six-digit hex ("red" and "#F00" both read "#ff0000").
// Google: https://developers.google.com/apps-script/reference/spreadsheet/range#getBackground()

const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  orange: '#ffa500', purple: '#800080', gray: '#808080', grey: '#808080', silver: '#c0c0c0', lime: '#00ff00',
  navy: '#000080', teal: '#008080', maroon: '#800000', olive: '#808000', aqua: '#00ffff', fuchsia: '#ff00ff',
};

/** The stored form of a colour; null resets to the default. */
export function normalizeColor(color: string | null): string | undefined {
  if (color === null) return undefined;
  const lower = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(lower);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return NAMED[lower] ?? lower;
}
