using System.Text.RegularExpressions;

namespace Sesterce.Tracker.Core.Features.Intake;

/// <summary>Splits pasted text into sentences, each a span of the original so quotes keep their offsets.</summary>
public static partial class IntakeSentences
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            Add(text, start, boundary.Index, spans);
            start = boundary.Index + boundary.Length;
        }

        Add(text, start, text.Length, spans);
        return spans;
    }

    private static void Add(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end - start));
        }
    }

    // A stop (and its closing quote) then space then a capital or an opening quote; a digit after "Dec. " is no new sentence.
    [GeneratedRegex(@"(?<=[.!?…][""»”’]?)[ \t\u00A0]+(?=[\p{Lu}""«“])|[ \t]*\r?\n\s*")]
    private static partial Regex Boundary();
}
