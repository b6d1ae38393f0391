namespace Sesterce.Tracker.Core.Features;

public enum ReadOutcome
{
    Found = 0,
    NotFound = 1,
    Forbidden = 2,
}

/// <summary>What a read did not find: the campus itself, or the record asked for within it.</summary>
public enum ReadMissing
{
    None = 0,
    Campus = 1,
    Record = 2,
}

/// <summary>
/// The answer of a read service: the view, or why there is none. A caller without the permission
/// gets <see cref="ReadOutcome.Forbidden"/> from the service itself, so pages and endpoints only
/// say what happened and never repeat a permission rule.
/// </summary>
public sealed record ReadResult<T>
    where T : class
{
    internal ReadResult(ReadOutcome outcome, T? view, ReadMissing missing)
    {
        Outcome = outcome;
        View = view;
        Missing = missing;
    }

    public ReadOutcome Outcome { get; }

    /// <summary>The view when found, else null.</summary>
    public T? View { get; }

    public ReadMissing Missing { get; }

    public bool IsFound => Outcome == ReadOutcome.Found;

    /// <summary>The same outcome for a view built from this one; <paramref name="map"/> runs only when found.</summary>
    public async Task<ReadResult<TOther>> ThenAsync<TOther>(Func<T, Task<ReadResult<TOther>>> map)
        where TOther : class
    {
        ArgumentNullException.ThrowIfNull(map);
        return Outcome switch
        {
            ReadOutcome.Found => await map(View!),
            ReadOutcome.Forbidden => ReadResult.Forbidden<TOther>(),
            _ => ReadResult.NotFound<TOther>(Missing),
        };
    }
}

/// <summary>Builds <see cref="ReadResult{T}"/> answers.</summary>
public static class ReadResult
{
    public static ReadResult<T> Found<T>(T view)
        where T : class => new(ReadOutcome.Found, view ?? throw new ArgumentNullException(nameof(view)), ReadMissing.None);

    public static ReadResult<T> NotFound<T>(ReadMissing missing = ReadMissing.Campus)
        where T : class => new(ReadOutcome.NotFound, null, missing);

    public static ReadResult<T> Forbidden<T>()
        where T : class => new(ReadOutcome.Forbidden, null, ReadMissing.None);
}
