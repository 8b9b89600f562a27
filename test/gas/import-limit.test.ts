// An import too large to finish inside Apps Script's 6-minute limit is refused before anything is written.
import { describe, expect, it } from 'vitest';
import { decodeError } from '../../src/domain/errors.ts';
import { freshBundle } from '../support/bundle.ts';
import { huge } from '../support/huge-campaign.ts';

describe('an import past the 6-minute limit', () => {
  it('refuses such a file before writing anything', () => {
    const { workspace, bundle } = freshBundle();
    let error: unknown;
    try {
      bundle.run('importCampaign', huge(40_000));
    } catch (e) {
      error = e;
    }
    expect(decodeError(error)).toMatchObject({ code: 'bad-input' });
    expect(workspace.inspect.sheetNames()).not.toContain('Creators');
  });
});
