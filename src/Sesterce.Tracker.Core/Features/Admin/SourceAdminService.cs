using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Changes;

namespace Sesterce.Tracker.Core.Features.Admin;

public sealed record SourceInput(string? Title, string? Publisher, string? Url, DateOnly? PublishedOn, string? Language, string? Excerpt);

public sealed record SourceAdminRow(int Id, string Title, string? Publisher, string? Url, DateOnly? PublishedOn, string Language, string? Excerpt, int Version);

public sealed class SourceAdminService(AdminStore store)
{
    private const string Entity = "Source";

    public async Task<IReadOnlyList<SourceAdminRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await store.OpenAsync(cancellationToken);
        return await db.Sources.AsNoTracking()
            .OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Title)
            .Select(s => new SourceAdminRow(s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Language, s.Excerpt, s.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<WriteResult> CreateAsync(SourceInput input, CancellationToken cancellationToken = default)
    {
        if (await store.WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        var rules = store.Rules();
        var values = Validate(rules, input);
        if (!rules.IsValid)
        {
            return WriteResult.Invalid(rules.Errors);
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var source = new Source { Title = values.Title!, Language = values.Language! };
        Apply(source, values);
        db.Sources.Add(source);
        var changes = Compare(new ChangeSet(), new SourceInput(null, null, null, null, null, null), values);
        var entry = store.Audit.Entry(caller, Entity, "", null, "Created", source.Title, changes.Changes, null, 0);
        return await store.CreateAsync(db, entry, () => source.Id, () => source.Version, null, cancellationToken);
    }

    public async Task<WriteResult> UpdateAsync(int id, SourceInput input, int expectedVersion, CancellationToken cancellationToken = default)
    {
        if (await store.WriterAsync() is not { } caller)
        {
            return WriteResult.Forbidden();
        }

        await using var db = await store.OpenAsync(cancellationToken);
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return WriteResult.NotFound();
        }

        var key = id.ToString(CultureInfo.InvariantCulture);
        if (source.Version != expectedVersion)
        {
            return await store.ConflictAsync(Entity, key, expectedVersion, cancellationToken);
        }

        var rules = store.Rules();
        var values = Validate(rules, input);
        if (!rules.IsValid)
        {
            return WriteResult.Invalid(rules.Errors);
        }

        var before = new SourceInput(source.Title, source.Publisher, source.Url, source.PublishedOn, source.Language, source.Excerpt);
        var changes = Compare(new ChangeSet(), before, values);
        if (changes.IsEmpty)
        {
            return WriteResult.Saved(source.Id, source.Version);
        }

        Apply(source, values);
        AdminStore.Bump(db, source, expectedVersion, s => s.Version, (s, v) => s.Version = v);
        AdminStore.Attach(db, store.Audit.Entry(caller, Entity, key, null, "Updated", source.Title, changes.Changes, null, source.Version));
        return await store.CommitAsync(db, Entity, key, expectedVersion, () => WriteResult.Saved(source.Id, source.Version), new TrackerChange(null, Entity, key, "Updated"), cancellationToken);
    }

    internal static SourceInput Validate(InputRules rules, SourceInput input) => new(
        rules.Text("Title", input.Title, 500),
        rules.Text("Publisher", input.Publisher, 200, required: false),
        rules.Url("Url", input.Url),
        rules.Day("PublishedOn", input.PublishedOn),
        rules.Language("Language", input.Language),
        rules.Text("Excerpt", input.Excerpt, 4000, required: false));

    private static ChangeSet Compare(ChangeSet changes, SourceInput before, SourceInput after) => changes
        .Compare("Title", before.Title, after.Title)
        .Compare("Publisher", before.Publisher, after.Publisher)
        .Compare("Url", before.Url, after.Url)
        .Compare("PublishedOn", before.PublishedOn, after.PublishedOn)
        .Compare("Language", before.Language, after.Language)
        .Compare("Excerpt", before.Excerpt, after.Excerpt);

    private static void Apply(Source source, SourceInput values)
    {
        source.Title = values.Title!;
        source.Publisher = values.Publisher;
        source.Url = values.Url;
        source.PublishedOn = values.PublishedOn;
        source.Language = values.Language!;
        source.Excerpt = values.Excerpt;
    }
}
