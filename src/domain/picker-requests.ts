// The zod schemas of the Picker's server calls (server side only; the sidebar imports just the types in picker.ts).
import * as z from 'zod/mini';
import { PICK_PURPOSES, type PickedFilesRequest, type PickRequest, type ShowPickerRequest } from './picker.ts';

const Nonce = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'a pick id'));
const FileId = z.string().check(z.regex(/^[A-Za-z0-9_-]{10,200}$/, 'a Drive file id'));

/** The sidebar asks for a Picker; `fileId` narrows it to one file (a pasted link that needs picking). */
export const ShowPickerRequestSchema: z.ZodMiniType<ShowPickerRequest> = z.object({ purpose: z.enum(PICK_PURPOSES), nonce: Nonce, fileId: z.optional(FileId) });

export const PickedFilesRequestSchema: z.ZodMiniType<PickedFilesRequest> = z.object({
  purpose: z.enum(PICK_PURPOSES), nonce: Nonce, ids: z.array(FileId).check(z.minLength(1), z.maxLength(50)),
});

export const PickRequestSchema: z.ZodMiniType<PickRequest> = z.object({ nonce: Nonce });

