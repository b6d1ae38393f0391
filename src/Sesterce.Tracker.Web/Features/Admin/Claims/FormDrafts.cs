using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Web.Features.Admin.Claims;

// What the edit dialogs write to session storage while the admin types (Components/Drafts): only
// what the admin can type or choose, never what the form was opened on (the corrected claim, the
// version), which is read again from the server when the form reopens.

/// <summary>One citation row as typed.</summary>
public sealed record CitationDraft(int? SourceId, string? Quote);

/// <summary>The claim part every claim form shares.</summary>
public sealed record ClaimDraft(string? ReportedOn, ClaimStatus Status, IReadOnlyList<CitationDraft> Sources, string? Note, bool RecallsEarlierAnnouncement, Visibility Visibility)
{
    public static ClaimDraft Of(ClaimForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form.ReportedOn, form.Status, [.. form.Sources.Select(s => new CitationDraft(s.SourceId, s.Quote))], form.Note, form.RecallsEarlierAnnouncement, form.Visibility);
    }

    public void ApplyTo(ClaimForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.ReportedOn = ReportedOn;
        form.Status = Status;
        form.Note = Note;
        form.RecallsEarlierAnnouncement = RecallsEarlierAnnouncement;
        form.Visibility = Visibility;
        form.Sources.Clear();
        form.Sources.AddRange((Sources ?? []).Select(s => new CitationRow { SourceId = s.SourceId, Quote = s.Quote }));
        if (form.Sources.Count == 0)
        {
            form.Sources.Add(new());
        }
    }
}

/// <summary>A milestone date claim as typed.</summary>
public sealed record DateClaimDraft(string? Date, bool DateNotKnown, string? Reason, ClaimDraft Claim)
{
    public static DateClaimDraft Of(DateClaimForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form.Date, form.DateNotKnown, form.Reason, ClaimDraft.Of(form.Claim));
    }

    public void ApplyTo(DateClaimForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Date = Date;
        form.DateNotKnown = DateNotKnown;
        form.Reason = Reason;
        Claim.ApplyTo(form.Claim);
    }
}

/// <summary>A risk assessment as typed.</summary>
public sealed record RiskAssessmentDraft(RiskState State, RiskLevel Likelihood, RiskLevel Impact, string? Reason, ClaimDraft Claim)
{
    public static RiskAssessmentDraft Of(RiskAssessmentForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form.State, form.Likelihood, form.Impact, form.Reason, ClaimDraft.Of(form.Claim));
    }

    public void ApplyTo(RiskAssessmentForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        (form.State, form.Likelihood, form.Impact, form.Reason) = (State, Likelihood, Impact, Reason);
        Claim.ApplyTo(form.Claim);
    }
}

/// <summary>A figure revision as typed; amounts as numbers, shown again at their natural scale.</summary>
public sealed record RevisionDraft(decimal? Value, decimal? Low, decimal? High, FigureQualifier Qualifier, ClaimScopeKind ScopeKind, int? ScopePhaseId, string? ScopeLabel, string? Reason, ClaimDraft Claim)
{
    public static RevisionDraft Of(RevisionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form.Value, form.Low, form.High, form.Qualifier, form.ScopeKind, form.ScopePhaseId, form.ScopeLabel, form.Reason, ClaimDraft.Of(form.Claim));
    }

    public void ApplyTo(RevisionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        (form.Value, form.Low, form.High, form.Qualifier) = (Value, Low, High, Qualifier);
        (form.ScopeKind, form.ScopePhaseId, form.ScopeLabel, form.Reason) = (ScopeKind, ScopePhaseId, ScopeLabel, Reason);
        Claim.ApplyTo(form.Claim);
    }
}

/// <summary>A new source as typed.</summary>
public sealed record SourceDraft(string? Title, string? Publisher, string? Url, string? PublishedOn, string? Language, string? Excerpt, Visibility Visibility)
{
    public static SourceDraft Of(SourceForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form.Title, form.Publisher, form.Url, form.PublishedOn, form.Language, form.Excerpt, form.Visibility);
    }

    public void ApplyTo(SourceForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        (form.Title, form.Publisher, form.Url, form.PublishedOn) = (Title, Publisher, Url, PublishedOn);
        (form.Language, form.Excerpt, form.Visibility) = (Language, Excerpt, Visibility);
    }
}
