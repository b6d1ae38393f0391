using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>
/// A source as entered; <see cref="PublishedOn"/> is a date at its precision ("2025-07" for "published in
/// July 2025"). <see cref="Visibility"/> says who may see the source (its title, link, excerpt and the
/// quotes taken from it); left null it is Public for a new source and unchanged for an edit.
/// </summary>
public sealed record SourceInput(string? Title, string? Publisher, string? Url, string? PublishedOn, string? Language, string? Excerpt, Visibility? Visibility = null);

public sealed record SourceAdminRow(int Id, string Title, string? Publisher, string? Url, PartialDate? PublishedOn, string Language, string? Excerpt, int Version, Visibility Visibility = Visibility.Public);

public sealed class SourceAdminService(IDbContextFactory<TrackerDbContext> contexts, WritePipeline writes)
{
    private static readonly SourceInput Nothing = new(null, null, null, null, null, null);

    public async Task<IReadOnlyList<SourceAdminRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sources.AsNoTracking()
            .OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Title)
            .Select(s => new SourceAdminRow(s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn == null ? null : new PartialDate(s.PublishedOn.Value, s.PublishedOnPrecision), s.Language, s.Excerpt, s.Version, s.Visibility))
            .ToListAsync(cancellationToken);
    }

    public Task<WriteResult> CreateAsync(SourceInput input, CancellationToken cancellationToken = default) =>
        writes.CreateAsync(AuditedRecords.Source, scope =>
        {
            var values = Validate(scope.Rules, input, Visibility.Public);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var source = new Source { Title = values.Title!, Language = values.Language! };
            Apply(source, values);
            return new Addition<Source>(source, Compare(Nothing, values));
        }, cancellationToken);

    public Task<WriteResult> UpdateAsync(int id, SourceInput input, int expectedVersion, CancellationToken cancellationToken = default) =>
        writes.UpdateAsync(AuditedRecords.Source, s => s.Id == id, expectedVersion, (scope, source) =>
        {
            var values = Validate(scope.Rules, input, source.Visibility);
            if (!scope.Rules.IsValid)
            {
                return null;
            }

            var changes = Compare(ToInput(source), values);
            Apply(source, values);
            return new Edit("Updated", changes);
        }, cancellationToken);

    /// <summary>The source rules, shared with the campus import; a missing level becomes <paramref name="currentLevel"/>.</summary>
    internal static SourceInput Validate(InputRules rules, SourceInput input, Visibility currentLevel) => new(
        rules.Text("Title", input.Title, 500),
        rules.Text("Publisher", input.Publisher, 200, required: false),
        rules.Url("Url", input.Url),
        rules.Date("PublishedOn", input.PublishedOn, required: false, notInFuture: true)?.ToString(),
        rules.Language("Language", input.Language),
        rules.Text("Excerpt", input.Excerpt, 4000, required: false),
        ClaimValidation.Level(rules, input.Visibility, currentLevel));

    private static SourceInput ToInput(Source s) => new(s.Title, s.Publisher, s.Url, s.Published?.ToString(), s.Language, s.Excerpt, s.Visibility);

    private static ChangeSet Compare(SourceInput before, SourceInput after) => new ChangeSet()
        .Compare("Title", before.Title, after.Title)
        .Compare("Publisher", before.Publisher, after.Publisher)
        .Compare("Url", before.Url, after.Url)
        .Compare("PublishedOn", before.PublishedOn, after.PublishedOn)
        .Compare("Language", before.Language, after.Language)
        .Compare("Excerpt", before.Excerpt, after.Excerpt)
        .Compare("Visibility", before.Visibility, after.Visibility);

    private static void Apply(Source source, SourceInput values)
    {
        source.Title = values.Title!;
        source.Publisher = values.Publisher;
        source.Url = values.Url;
        source.Published = values.PublishedOn is null ? null : PartialDate.Parse(values.PublishedOn);
        source.Language = values.Language!;
        source.Excerpt = values.Excerpt;
        source.Visibility = values.Visibility ?? Visibility.Public;
    }
}
