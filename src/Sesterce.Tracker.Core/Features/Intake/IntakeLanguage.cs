using System.Text.RegularExpressions;

namespace Sesterce.Tracker.Core.Features.Intake;

/// <summary>Guesses whether an article is French or English from its commonest little words; the admin can always change it.</summary>
public static partial class IntakeLanguage
{
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var french = FrenchWords().Count(text);
        var english = EnglishWords().Count(text);
        return english > french ? "en" : "fr";
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:le|la|les|des|du|est|une|un|et|en|au|aux|pour|dans|sur|qui|avec|sera|ont|d['’]|l['’])(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:the|of|and|is|are|was|were|has|have|will|with|for|its|that|which|by|from|in|to|on|an|it|had|would|said)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();
}
