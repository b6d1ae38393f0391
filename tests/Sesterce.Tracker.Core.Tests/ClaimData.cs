using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Core.Tests;

/// <summary>Builds the admin inputs of claims, so each test spells out only what it is about.</summary>
internal static class ClaimData
{
    /// <summary>The seed's only source: "Sesterce double la mise", published on 24 Nov 2025.</summary>
    public static readonly PartialDate ArticlePublished = PartialDate.OnDay(2025, 11, 24);

    public static CitationInput Cite(int sourceId, string? quote = null) => new(sourceId, quote);

    public static ClaimInput Claim(
        string? reportedOn,
        IReadOnlyList<CitationInput> sources,
        ClaimStatus status = ClaimStatus.OfficialAnnouncement,
        string? note = null,
        bool recallsEarlierAnnouncement = false) =>
        new(reportedOn, status, sources, note, recallsEarlierAnnouncement);

    public static ClaimInput Claim(string? reportedOn, int sourceId, ClaimStatus status = ClaimStatus.OfficialAnnouncement, string? quote = null, string? note = null) =>
        Claim(reportedOn, [Cite(sourceId, quote)], status, note);

    public static DateClaimInput Date(string? date, string? reportedOn, int sourceId, ClaimStatus status = ClaimStatus.OfficialAnnouncement, string? quote = null, string? note = null) =>
        new(date, Claim(reportedOn, sourceId, status, quote, note));

    /// <summary>The id of the seed's article.</summary>
    public static async Task<int> ArticleIdAsync(this TrackerDatabase db)
    {
        await using var context = db.CreateContext();
        return await context.Sources.Where(s => s.Title == "Sesterce double la mise").Select(s => s.Id).SingleAsync();
    }

    /// <summary>A new source through the admin service, published on <paramref name="publishedOn"/> (a date at its precision).</summary>
    public static async Task<int> AddSourceAsync(this TrackerDatabase db, string title, string? publishedOn, string? excerpt = null)
    {
        var created = await db.Get<SourceAdminService>().CreateAsync(new SourceInput(title, "Le Dauphiné libéré", null, publishedOn, "fr", excerpt));
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => $"{e.Field} {e.Code}")));
        return created.Id!.Value;
    }

    /// <summary>A new milestone of the seeded campus with its first date claims; fails the test when refused.</summary>
    public static async Task<int> AddMilestoneAsync(this TrackerDatabase db, string title, DateClaimInput? target, DateClaimInput? reached = null, int? phaseId = null, bool commissionsPhase = false)
    {
        var created = await db.Get<MilestoneAdminService>().CreateAsync(
            "alixan",
            new MilestoneInput(title, null, MilestoneKind.Construction, MilestoneStatus.Planned, phaseId, commissionsPhase),
            target,
            reached);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => $"{e.Field} {e.Code}")));
        return created.Id!.Value;
    }

    /// <summary>Adds a date claim to a milestone at its current version; returns the result for the test to check.</summary>
    public static async Task<WriteResult> ClaimDateAsync(this TrackerDatabase db, int milestoneId, MilestoneDateKind kind, DateClaimInput input, int? corrects = null, string? reason = null)
    {
        var admin = db.Get<MilestoneAdminService>();
        var edit = await admin.GetForEditAsync(milestoneId);
        return await admin.AddDateClaimAsync(milestoneId, kind, input, edit!.Version, corrects, reason);
    }

    public static string Errors(WriteResult result) => string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Code}"));
}
