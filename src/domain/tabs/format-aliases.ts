// The Format column's choices as platforms and people write them ("IG reel" is a Reel), on the Creators and Content tabs.
/** Post types as the platforms export them, to the Format choices. */
export const FORMAT_ALIASES: Readonly<Record<string, string>> = {
  'IG reel': 'Reel', 'IG image': 'Static', 'IG carousel': 'Static', 'IG story': 'Story', Carousel: 'Static', Image: 'Static', Photo: 'Static',
  Video: 'Short video', Shorts: 'Short video', Short: 'Short video', Videos: 'Long-form video', 'Live stream': 'Live',
};
