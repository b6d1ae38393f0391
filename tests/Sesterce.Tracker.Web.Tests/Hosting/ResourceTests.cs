using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Sesterce.Tracker.Web.Tests.Hosting;

/// <summary>Every UI string exists in English and French, and every key the code asks for exists.</summary>
public partial class ResourceTests
{
    private static readonly string WebProject = Path.Combine(RepositoryRoot(), "src", "Sesterce.Tracker.Web");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(WebProject, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void EnglishAndFrenchHaveTheSameKeysAndNoEmptyText()
    {
        var english = Read("SharedResource.resx");
        var french = Read("SharedResource.fr.resx");

        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.DoesNotContain(english.Concat(french), pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    [Fact]
    public void EveryKeyUsedInTheUiExists()
    {
        var keys = Read("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, k => !keys.Contains(k));
    }

    [Fact]
    public void EveryEnumValueShownInTheUiHasItsText()
    {
        var keys = Read("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var expected = Enum.GetNames<Core.Domain.FigureQualifier>().Select(n => $"Qualifier_{n}")
            .Concat(Enum.GetNames<Core.Domain.RevisionStatus>().Select(n => $"Status_{n}"))
            .Concat(Enum.GetNames<Core.Domain.MilestoneState>().Select(n => $"State_{n}"))
            .Concat(Enum.GetNames<Core.Domain.MilestoneKind>().Select(n => $"Kind_{n}"))
            .Concat(Enum.GetNames<Core.Domain.DatePrecision>().SelectMany(p => new[] { $"Countdown_This{p}", $"Countdown_In{p}One", $"Countdown_In{p}Many", $"Countdown_Ago{p}One", $"Countdown_Ago{p}Many" }));

        Assert.DoesNotContain(expected, k => !keys.Contains(k));
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sesterce.Tracker.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }

    // T["Key"] or text["Key"] with a literal key.
    [GeneratedRegex("""\b(?:T|text)\["(?<key>[A-Za-z_\-]+)"\s*[,\]]""")]
    private static partial Regex LocalizerKey();
}
