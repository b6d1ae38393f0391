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

    /// <summary>Every English resource file beside its French twin: "SharedResource", "FiguresResource", ….</summary>
    public static TheoryData<string> ResourceFiles() => [.. ResourceNames()];

    private static IEnumerable<string> ResourceNames() =>
        Directory.EnumerateFiles(Path.Combine(WebProject, "Resources"), "*.resx")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(n => !n.EndsWith(".fr", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static HashSet<string> AllKeys() =>
        Directory.EnumerateFiles(Path.Combine(WebProject, "Resources"), "*.resx")
            .Where(f => !f.EndsWith(".fr.resx", StringComparison.Ordinal))
            .SelectMany(f => Read(Path.GetFileName(f)).Keys)
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryResourceFileHasAFrenchTwin()
    {
        var names = ResourceNames().ToList();

        Assert.Contains("SharedResource", names);
        Assert.All(names, n => Assert.True(File.Exists(Path.Combine(WebProject, "Resources", $"{n}.fr.resx")), $"{n}.fr.resx is missing"));
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EnglishAndFrenchHaveTheSameKeysAndNoEmptyText(string name)
    {
        var english = Read($"{name}.resx");
        var french = Read($"{name}.fr.resx");

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.DoesNotContain(english.Concat(french), pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    [Fact]
    public void EveryKeyUsedInTheUiExists()
    {
        var keys = AllKeys();
        var used = Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, k => !keys.Contains(k));
    }

    [Fact]
    public void EveryScopeAndHeadlineReasonShownOnTheFigurePagesHasItsText()
    {
        var keys = Read("FiguresResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var expected = Enum.GetNames<Core.Domain.InvestmentScope>().SelectMany(n => new[] { $"Scope_{n}", $"ScopeShort_{n}" })
            .Concat(Enum.GetNames<Core.Features.Figures.HeadlineReason>().SelectMany(n => new[] { $"Reason_{n}", $"ReasonShort_{n}" }));

        Assert.DoesNotContain(expected, k => !keys.Contains(k));
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

    // T["Key"], S["Key"], L["Key"], A["Key"] or text["Key"] with a literal key.
    [GeneratedRegex("""\b(?:T|S|L|A|text)\["(?<key>[A-Za-z_\-]+)"\s*[,\]]""")]
    private static partial Regex LocalizerKey();
}
