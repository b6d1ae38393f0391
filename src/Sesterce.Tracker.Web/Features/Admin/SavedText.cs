using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Features.Admin.Claims;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>
/// What a save recorded, in words, for the "Saved: …" line: "Phase 1 commissioning — target Mar 2027".
/// Built from the form that was sent, which the service accepted as it was.
/// </summary>
public static class SavedText
{
    public static string DateClaim(IStringLocalizer<AdminResource> text, DisplayFormatter format, string milestone, DateClaimForm form)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(form);
        PartialDate? date = !form.Retracts && !form.DateNotKnown && PartialDate.TryParse(form.Date, out var parsed) ? parsed : null;
        var said = (form.Kind, date) switch
        {
            (MilestoneDateKind.Reached, { } d) => text["SavedReached", milestone, format.Date(d)].Value,
            (MilestoneDateKind.Reached, null) => text["SavedRetracted", milestone].Value,
            (_, { } d) => text["SavedTarget", milestone, format.Date(d)].Value,
            _ => text["SavedTargetUnknown", milestone].Value,
        };
        return form.Corrects is null ? said : text["SavedCorrection", said].Value;
    }

    /// <summary>"Investment — €1.7B", read back as stored so the line says what the pages will show; "(correction)" for a correction.</summary>
    public static string Revision(IStringLocalizer<AdminResource> text, DisplayFormatter format, FigureLedger? ledger, string name, int? id, bool correction)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(format);
        var saved = ledger?.Revisions.FirstOrDefault(r => r.Id == id) ?? ledger?.Revisions.MaxBy(r => r.Id);
        var value = saved is null ? "" : format.Value(saved.Value, ledger!.Unit, saved.Qualifier);
        var said = text["SavedRevision", name, value].Value;
        return correction ? text["SavedCorrection", said].Value : said;
    }
}
