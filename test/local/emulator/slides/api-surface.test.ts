// Every Slides fake exposes only members Apps Script has, under the official interface it is tracked as, and
// calls are counted under the official class names.
import { describe, expect, it } from 'vitest';
import { WorkspaceContext } from '../../../../src/local/emulator/context.ts';
import { officialMembers } from '../../../../src/local/emulator/official-api.ts';
import { SLIDES_FAKE_CLASSES } from '../../../../src/local/emulator/slides/fake-classes.ts';
import { publicMethodsOf } from '../../../../src/local/emulator/tracked.ts';
import { NOW, USER, slidesWorld } from './world.ts';

describe('Slides fakes against @types/google-apps-script', () => {
  const ctx = new WorkspaceContext(USER, 'Etc/UTC', NOW);

  it.each(SLIDES_FAKE_CLASSES.map((c) => [c.qualifiedName, c] as const))('%s has no public method Apps Script lacks', (name, fakeClass) => {
    const official = officialMembers(name);
    const extra = publicMethodsOf(fakeClass.sample(ctx)).filter((m) => !official.has(m));
    expect(extra).toEqual([]);
  });

  it('covers the advanced service, whose types live in apis/slides_v1.d.ts', () => {
    expect(officialMembers('Slides.Collection.PresentationsCollection').has('batchUpdate')).toBe(true);
    expect(officialMembers('Slides').has('Presentations')).toBe(true);
    expect(SLIDES_FAKE_CLASSES.map((c) => c.qualifiedName)).toEqual(expect.arrayContaining(['Slides', 'Slides.Collection.PresentationsCollection']));
  });

  it('exposes the official enums and counts calls under official class names', () => {
    const w = slidesWorld();
    expect(String(w.SlidesApp.PredefinedLayout.TITLE_AND_BODY)).toBe('TITLE_AND_BODY');
    expect(String(w.SlidesApp.PlaceholderType.BODY)).toBe('BODY');
    expect(w.SlidesApp.PredefinedLayout.NOT_A_LAYOUT).toBeUndefined();
    const deck = w.SlidesApp.create('x');
    deck.replaceAllText('a', 'b');
    w.Slides.Presentations.get(deck.getId());
    expect(w.calls.snapshot()).toMatchObject({
      'SlidesApp.create': 1, 'Presentation.replaceAllText': 1, 'Presentation.getId': 1, 'PresentationsCollection.get': 1,
    });
  });
});
