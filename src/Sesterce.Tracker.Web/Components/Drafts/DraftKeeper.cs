using System.Text.Json;

namespace Sesterce.Tracker.Web.Components.Drafts;

/// <summary>
/// Keeps one form's unsaved input in an <see cref="IDraftStore"/>: a snapshot shortly after the
/// admin stops typing, cleared on save or cancel, and offered back when the same form on the same
/// record opens again (after the reload that follows a lost connection). While an earlier draft is
/// on offer nothing overwrites it: the admin answers first.
/// </summary>
public sealed class DraftKeeper<TDraft> : IDisposable
    where TDraft : class
{
    /// <summary>How long after the last keystroke or click the input is written down.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(800);

    private readonly IDraftStore _store;
    private readonly TimeProvider _time;
    private readonly Func<TDraft?> _snapshot;
    private readonly Func<Func<Task>, Task> _dispatch;
    private ITimer? _timer;
    private ITimer? _poll;
    private string? _written;

    /// <param name="store">Where drafts wait.</param>
    /// <param name="time">The clock for the pause and the draft's time.</param>
    /// <param name="key">Page, record and form.</param>
    /// <param name="snapshot">What the form holds now; null while it is not loaded.</param>
    /// <param name="dispatch">The component's InvokeAsync, so a timer's write runs on the circuit's context.</param>
    public DraftKeeper(IDraftStore store, TimeProvider time, string key, Func<TDraft?> snapshot, Func<Func<Task>, Task> dispatch)
    {
        _store = store;
        _time = time;
        Key = key;
        _snapshot = snapshot;
        _dispatch = dispatch;
    }

    /// <summary>Page, record and form, for example "milestone-date:12:MoveDate".</summary>
    public string Key { get; }

    /// <summary>The earlier input found when the form opened, until the admin restores or discards it.</summary>
    public FormDraft? Offered { get; private set; }

    /// <summary>
    /// Looks for earlier input, then starts watching the form: besides <see cref="Touch"/>, a check
    /// every <see cref="Delay"/> writes the input when it changed, so a choice made in a popover
    /// outside the dialog (a select's list) is kept too.
    /// </summary>
    public async Task<FormDraft?> FindAsync()
    {
        Offered = await _store.ReadAsync(Key);
        // The form as it opened is nothing to keep: only a change from it is written.
        _written = _snapshot() is { } opened ? JsonSerializer.Serialize(opened) : null;
        _poll ??= _time.CreateTimer(_ => _ = _dispatch(SaveAsync), null, Delay, Delay);
        return Offered;
    }

    /// <summary>The offered input, read back; null when there was none or it no longer fits the form.</summary>
    public TDraft? Restore()
    {
        var offered = Offered;
        Offered = null;
        if (offered is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TDraft>(offered.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public Task DiscardAsync()
    {
        Offered = null;
        return _store.RemoveAsync(Key);
    }

    /// <summary>Something was typed or chosen: write the input down once the admin pauses.</summary>
    public void Touch()
    {
        if (Offered is not null)
        {
            return;
        }

        _timer?.Dispose();
        _timer = _time.CreateTimer(_ => _ = _dispatch(SaveAsync), null, Delay, Timeout.InfiniteTimeSpan);
    }

    public async Task SaveAsync()
    {
        if (Offered is not null || _snapshot() is not { } draft)
        {
            return;
        }

        var json = JsonSerializer.Serialize(draft);
        if (json == _written)
        {
            return;
        }

        _written = json;
        await _store.WriteAsync(Key, new FormDraft(_time.GetUtcNow(), json));
    }

    /// <summary>Saved or cancelled: the input is no longer "unsaved".</summary>
    public Task ClearAsync()
    {
        _timer?.Dispose();
        _timer = null;
        _poll?.Dispose();
        _poll = null;
        Offered = null;
        return _store.RemoveAsync(Key);
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _poll?.Dispose();
    }
}
