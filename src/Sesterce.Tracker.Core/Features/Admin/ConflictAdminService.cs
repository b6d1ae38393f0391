using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Features.Campuses;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>
/// An admin's judgement on a claim in conflict: its kind, the reason (required when rejecting) and
/// the claim around it (reported on, status, sources with quotes, note), like every other claim.
/// </summary>
public sealed record ResolutionInput(ConflictResolutionKind Kind, string? Reason, ClaimInput Claim);

/// <summary>Which kind of claim a resolution is about.</summary>
public enum DisputedClaimKind
{
    Figure = 0,
    Date = 1,
}

/// <summary>
/// Admin writes on conflicts (docs/figures.md): a resolution is a claim of its own, append-only
/// and audited; a mistaken one is corrected by a new resolution naming it, and "reopened" opens
/// the conflict again. The disputed claim must belong to the campus and, except to reopen or to
/// correct, be in an open conflict as known today.
/// </summary>
public sealed class ConflictAdminService(WritePipeline writes, FigureService figures, MilestoneService milestones)
{
    public Task<WriteResult> ResolveAsync(string slug, DisputedClaimKind kind, int claimId, ResolutionInput input, int? corrects = null, CancellationToken cancellationToken = default) =>
        writes.AppendAsync(AuditedRecords.ConflictResolution, (db, ct) => CampusLookup.FindAsync(db, slug, ct), async (scope, campus) =>
        {
            var rules = scope.Rules;
            rules.Enum("Kind", input.Kind);
            var reason = rules.Text("Reason", input.Reason, 2000, required: false);
            if (input.Kind == ConflictResolutionKind.Rejected && reason is null && rules.IsValid)
            {
                rules.Add("Reason", "RejectionNeedsReason");
            }

            // A resolution speaks of the disputed claim (often repeating its value): it starts at that claim's level.
            var claim = ClaimValidation.Validate(
                rules, input.Claim, await ClaimValidation.CitedSourcesAsync(scope, input.Claim), inheritedLevel: await InheritedLevelAsync(scope, kind, claimId, corrects));
            if (await ConflictOfAsync(slug, kind, claimId, scope.CancellationToken) is not { } conflict)
            {
                rules.Add("ClaimId", await BelongsAsync(scope.Db, campus.Id, kind, claimId, scope.CancellationToken) ? "NotInConflict" : "UnknownClaim");
                return null;
            }

            await CheckCorrectionAsync(scope, kind, claimId, corrects);
            if (corrects is null && input.Kind == ConflictResolutionKind.Reopened && conflict.IsOpen)
            {
                rules.Add("Kind", "ConflictAlreadyOpen");
            }
            else if (corrects is null && input.Kind != ConflictResolutionKind.Reopened && !conflict.IsOpen)
            {
                rules.Add("Kind", "ConflictAlreadyResolved");
            }

            if (claim is { } c && c.ReportedOn.End < conflict.Since)
            {
                rules.Add("ReportedOn", "ResolvedBeforeConflict", conflict.Since);
            }

            if (!rules.IsValid || claim is null)
            {
                return null;
            }

            var resolution = new ConflictResolution
            {
                FigureRevisionId = kind == DisputedClaimKind.Figure ? claimId : null,
                MilestoneDateRevisionId = kind == DisputedClaimKind.Date ? claimId : null,
                Kind = input.Kind,
                Reason = reason ?? claim.Note,
                AnnouncedOn = claim.ReportedOn,
                Status = claim.Status,
                Visibility = claim.Visibility,
                Citations = claim.Citations,
                CorrectsRevisionId = corrects,
                RecordedAt = scope.Now,
            };
            var changes = new ChangeSet()
                .Created("Kind", resolution.Kind).Created("Reason", reason)
                .Created("AnnouncedOn", resolution.AnnouncedOn.ToString()).Created("Status", resolution.Status).Created("Visibility", resolution.Visibility)
                .Created("Sources", ClaimValidation.Describe(resolution.Citations)).Created("Corrects", corrects);
            return new Addition<ConflictResolution>(resolution, changes, reason ?? claim.Note, corrects is null ? "Resolved" : "Corrected");
        }, cancellationToken);

    /// <summary>The claim's conflict as known today, through the read services so the rule is the one readers see.</summary>
    private async Task<Standing?> ConflictOfAsync(string slug, DisputedClaimKind kind, int claimId, CancellationToken cancellationToken)
    {
        if (kind == DisputedClaimKind.Figure)
        {
            var snapshots = await figures.GetFiguresAsync(slug, cancellationToken: cancellationToken) ?? [];
            return snapshots.SelectMany(s => s.Conflicts ?? []).FirstOrDefault(c => c.Claim.Id == claimId) is { } conflict
                ? new Standing(conflict.IsOpen, conflict.Since)
                : null;
        }

        var list = await milestones.GetMilestonesAsync(slug, cancellationToken: cancellationToken) ?? [];
        return list.SelectMany(m => m.Conflicts).FirstOrDefault(c => c.Claim.Id == claimId) is { } dated
            ? new Standing(dated.IsOpen, dated.Since)
            : null;
    }

    // A correction keeps the corrected resolution's level; a first resolution takes the disputed claim's.
    private static async Task<Visibility?> InheritedLevelAsync(WriteScope scope, DisputedClaimKind kind, int claimId, int? corrects)
    {
        if (corrects is { } correctedId
            && await scope.Db.ConflictResolutions.Where(r => r.Id == correctedId).Select(r => (Visibility?)r.Visibility).FirstOrDefaultAsync(scope.CancellationToken) is { } kept)
        {
            return kept;
        }

        return kind == DisputedClaimKind.Figure
            ? await scope.Db.FigureRevisions.Where(r => r.Id == claimId).Select(r => (Visibility?)r.Visibility).FirstOrDefaultAsync(scope.CancellationToken)
            : await scope.Db.MilestoneDateRevisions.Where(r => r.Id == claimId).Select(r => (Visibility?)r.Visibility).FirstOrDefaultAsync(scope.CancellationToken);
    }

    private static Task<bool> BelongsAsync(TrackerDbContext db, int campusId, DisputedClaimKind kind, int claimId, CancellationToken cancellationToken) =>
        kind == DisputedClaimKind.Figure
            ? db.FigureRevisions.AnyAsync(r => r.Id == claimId && db.Figures.Any(f => f.Id == r.FigureId && f.CampusId == campusId), cancellationToken)
            : db.MilestoneDateRevisions.AnyAsync(r => r.Id == claimId && db.Milestones.Any(m => m.Id == r.MilestoneId && m.CampusId == campusId), cancellationToken);

    // A correction names an earlier resolution of the same claim that nothing corrected yet.
    private static async Task CheckCorrectionAsync(WriteScope scope, DisputedClaimKind kind, int claimId, int? corrects)
    {
        if (corrects is not { } correctedId)
        {
            return;
        }

        var resolutions = scope.Db.ConflictResolutions.Where(r => kind == DisputedClaimKind.Figure ? r.FigureRevisionId == claimId : r.MilestoneDateRevisionId == claimId);
        if (!await resolutions.AnyAsync(r => r.Id == correctedId, scope.CancellationToken))
        {
            scope.Rules.Add("Corrects", "UnknownClaim");
        }
        else if (await scope.Db.ConflictResolutions.AnyAsync(r => r.CorrectsRevisionId == correctedId, scope.CancellationToken))
        {
            scope.Rules.Add("Corrects", "AlreadyCorrected");
        }
    }

    private sealed record Standing(bool IsOpen, DateOnly Since);
}
