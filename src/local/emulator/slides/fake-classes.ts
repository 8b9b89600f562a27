// The Slides fakes with the official interfaces they stand for, for the API-surface test (fake-classes.ts).
import type { WorkspaceContext } from '../context.ts';
import { DriveStore } from '../drive/drive-store.ts';
import type { FakeClass } from '../fake-classes.ts';
import type { ServiceContext } from '../service-context.ts';
import { PresentationsCollectionFake, SlidesAdvancedFake } from './advanced-service.ts';
import { ImageFake, PageElementFake, ShapeFake, SheetsChartFake, TableCellFake, TableFake } from './elements.ts';
import { LayoutFake } from './layout.ts';
import { PRESENTATION_MIME, newPresentationModel } from './model.ts';
import { PresentationFake, SlidesAppFake } from './presentation.ts';
import { type OpenPresentation, SlidesRuntime } from './runtime.ts';
import { SlideFake } from './slide.ts';
import { ParagraphFake, TextRangeFake } from './text-range.ts';
import { TextStyleFake } from './text-style.ts';

/** A Slides runtime over a throwaway Drive, sharing the workspace's call log and user. */
export function sampleRuntime(ctx: WorkspaceContext): SlidesRuntime {
  const service: ServiceContext = {
    calls: ctx.calls,
    drive: new DriveStore(ctx.now, ctx.userEmail),
    now: ctx.now,
    userEmail: ctx.userEmail,
    timeZone: ctx.timeZone,
    authMode: () => ctx.authMode,
  };
  return new SlidesRuntime(service);
}

function sampleDeck(ctx: WorkspaceContext): OpenPresentation {
  const rt = sampleRuntime(ctx);
  return rt.openFile(rt.ctx.drive.create({ name: 'Sample deck', mimeType: PRESENTATION_MIME, content: newPresentationModel() }));
}

const cell = { objectId: 'i0' };

export const SLIDES_FAKE_CLASSES: readonly FakeClass[] = [
  { qualifiedName: 'Slides.SlidesApp', sample: (ctx) => new SlidesAppFake(sampleRuntime(ctx)) },
  { qualifiedName: 'Slides.Presentation', sample: (ctx) => new PresentationFake(sampleDeck(ctx)) },
  { qualifiedName: 'Slides.Slide', sample: (ctx) => new SlideFake(sampleDeck(ctx), 'p') },
  { qualifiedName: 'Slides.Layout', sample: () => new LayoutFake('TITLE') },
  { qualifiedName: 'Slides.PageElement', sample: (ctx) => new PageElementFake(sampleDeck(ctx), 'i0', 'PageElement') },
  { qualifiedName: 'Slides.Shape', sample: (ctx) => new ShapeFake(sampleDeck(ctx), 'i0', 'Shape') },
  { qualifiedName: 'Slides.Table', sample: (ctx) => new TableFake(sampleDeck(ctx), 'i0', 'Table') },
  { qualifiedName: 'Slides.TableCell', sample: (ctx) => new TableCellFake(sampleDeck(ctx), 'i0', 0, 0) },
  { qualifiedName: 'Slides.Image', sample: (ctx) => new ImageFake(sampleDeck(ctx), 'i0', 'Image') },
  { qualifiedName: 'Slides.SheetsChart', sample: (ctx) => new SheetsChartFake(sampleDeck(ctx), 'i0', 'SheetsChart') },
  { qualifiedName: 'Slides.TextRange', sample: (ctx) => new TextRangeFake(sampleDeck(ctx), cell) },
  { qualifiedName: 'Slides.TextStyle', sample: (ctx) => new TextStyleFake(sampleDeck(ctx), cell, 0, 0) },
  { qualifiedName: 'Slides.Paragraph', sample: (ctx) => new ParagraphFake(0, new TextRangeFake(sampleDeck(ctx), cell)) },
  { qualifiedName: 'Slides.Collection.PresentationsCollection', sample: (ctx) => new PresentationsCollectionFake(sampleRuntime(ctx)) },
  { qualifiedName: 'Slides', sample: (ctx) => new SlidesAdvancedFake(sampleRuntime(ctx)) },
];
