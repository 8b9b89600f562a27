// The Slides services of the local Workspace: SlidesApp and the Slides advanced service over decks stored as
// Drive files (so they persist with the Drive snapshot and obey the user's access to files).
import type { ServiceContext } from '../service-context.ts';
import { track } from '../tracked.ts';
import { SlidesAdvancedFake } from './advanced-service.ts';
import { PRESENTATION_MIME, presentationCodec } from './model.ts';
import { SlidesAppFake } from './presentation.ts';
import { SlidesRuntime } from './runtime.ts';

export { PRESENTATION_MIME, type PresentationModel } from './model.ts';

export interface SlidesServices {
  /** Tracked as Slides.SlidesApp; the bundle sees only the official members. */
  SlidesApp: SlidesAppFake;
  /** Tracked as the official `Slides` interface (apis/slides_v1.d.ts). */
  Slides: SlidesAdvancedFake;
  /**
   * Apps Script saves and closes every Presentation a script opened when its execution ends; the harness calls
   * this after each entry point so SlidesApp edits made without saveAndClose() reach the file.
   */
  endExecution(): void;
}

/** Registers the presentation codec with the Drive store (call before restoring a snapshot) and builds both services. */
export function createSlidesServices(ctx: ServiceContext): SlidesServices {
  ctx.drive.registerCodec(PRESENTATION_MIME, presentationCodec);
  const runtime = new SlidesRuntime(ctx);
  return {
    SlidesApp: track('Slides.SlidesApp', new SlidesAppFake(runtime), ctx.calls),
    Slides: track('Slides', new SlidesAdvancedFake(runtime), ctx.calls),
    endExecution: () => runtime.endExecution(),
  };
}
