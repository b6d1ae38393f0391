using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Web.Formatting;

/// <summary>
/// Names a claim the way readers recognise it: the day it was reported, what it said and who said it
/// ("17 Nov 2025 · €1.5B · Le Dauphiné"). Claim ids appear nowhere else on the pages, so a name built
/// from them ("revision #8") would point at nothing a reader can find.
/// </summary>
public static class ClaimNames
{
    /// <summary>The claim's name with <paramref name="value"/> already formatted (a figure value, a date, a plan).</summary>
    public static string Name(this DisplayFormatter format, IClaimView claim, string value)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(claim);
        var parts = new List<string> { format.Date(claim.AnnouncedOn) };
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(value);
        }

        if (SourceName(claim) is { } source)
        {
            parts.Add(source);
        }

        return string.Join(" · ", parts);
    }

    /// <summary>The first source the reader may see: its publisher, else its title; nothing for a hidden source.</summary>
    public static string? SourceName(IClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var source = claim.Sources.FirstOrDefault(c => !c.SourceRestricted)?.Source;
        return source is null ? null : string.IsNullOrWhiteSpace(source.Publisher) ? source.Title : source.Publisher;
    }
}
