using System.Globalization;

namespace Sesterce.Tracker.Core.Features.Localization;

/// <summary>
/// Picks a record's text in the reader's language: the French translation when the UI culture is French
/// and the record has one, otherwise the original. Read services call it when they shape a view, so a
/// page, an export or a feed shows the same wording to the same reader.
/// </summary>
public static class Translated
{
    public static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";

    public static string Pick(string original, string? french) => Pick(original, french, CultureInfo.CurrentUICulture);

    public static string Pick(string original, string? french, CultureInfo culture) =>
        IsFrench(culture) && !string.IsNullOrWhiteSpace(french) ? french : original;

    public static string? PickOptional(string? original, string? french) =>
        IsFrench(CultureInfo.CurrentUICulture) && !string.IsNullOrWhiteSpace(french) ? french : original;

    /// <summary>A list translated entry by entry: a missing or blank French entry keeps its original.</summary>
    public static IReadOnlyList<string> PickEach(IReadOnlyList<string> original, IReadOnlyList<string>? french) =>
        [.. original.Select((text, i) => Pick(text, french is not null && i < french.Count ? french[i] : null))];
}
