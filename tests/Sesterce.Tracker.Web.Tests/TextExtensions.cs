using System.Text.RegularExpressions;

namespace Sesterce.Tracker.Web.Tests;

internal static partial class TextExtensions
{
    /// <summary>Text as a reader sees it: markup indentation and line breaks collapsed to single spaces.</summary>
    public static string Squash(this string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
