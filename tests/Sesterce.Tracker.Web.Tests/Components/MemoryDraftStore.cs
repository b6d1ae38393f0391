using System.Collections.Concurrent;
using Sesterce.Tracker.Web.Components.Drafts;

namespace Sesterce.Tracker.Web.Tests.Components;

/// <summary>Session storage stand-in: what the dialogs wrote, readable by the test.</summary>
public sealed class MemoryDraftStore : IDraftStore
{
    private readonly ConcurrentDictionary<string, FormDraft> _drafts = new();

    public IReadOnlyDictionary<string, FormDraft> All => _drafts;

    public Task<FormDraft?> ReadAsync(string key) => Task.FromResult(_drafts.TryGetValue(key, out var draft) ? draft : null);

    public Task WriteAsync(string key, FormDraft draft)
    {
        _drafts[key] = draft;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string key)
    {
        _drafts.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
