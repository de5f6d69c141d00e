// The app's backend for the capture screen does what the screen did before it had a backend:
// the whole room's notes by challenge, one group's by search, every change straight to the core.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcBackend } from './capture-backend';

const core = vi.hoisted(() => ({
  searchNotes: vi.fn(),
  listNotes: vi.fn(),
  restoreNote: vi.fn(),
  saveDraft: vi.fn(),
}));
vi.mock('./api', async (importOriginal) => ({ ...(await importOriginal<object>()), api: core }));

describe('ipcBackend', () => {
  beforeEach(() => vi.resetAllMocks());

  it('lists the whole room’s notes of a challenge, or one group’s', async () => {
    core.listNotes.mockResolvedValue(['room']);
    core.searchNotes.mockResolvedValue(['group']);
    expect(await ipcBackend.listNotes({ labId: 'lab', challengeId: 'challenge', groupId: null })).toEqual(['room']);
    expect(core.listNotes).toHaveBeenCalledWith('challenge');
    expect(await ipcBackend.listNotes({ labId: 'lab', challengeId: 'challenge', groupId: 'g' })).toEqual(['group']);
    const filter = expect.objectContaining({ challenge_id: 'challenge', group_id: 'g', text: '' });
    expect(core.searchNotes).toHaveBeenCalledWith('lab', filter);
  });

  it('can restore a deleted note and keeps drafts in the core', async () => {
    expect(ipcBackend.restoreNote).toBeDefined();
    await ipcBackend.saveDraft('challenge', null, 'half a thought');
    expect(core.saveDraft).toHaveBeenCalledWith('challenge', null, 'half a thought');
  });
});
