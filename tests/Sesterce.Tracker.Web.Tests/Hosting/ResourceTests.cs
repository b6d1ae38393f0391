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

    public static TheoryData<string> ResourceNames() => [.. Resources()];

    private static IEnumerable<string> Resources() =>
        Directory.EnumerateFiles(Path.Combine(WebProject, "Resources"), "*.resx")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !name.Contains('.', StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void EnglishAndFrenchHaveTheSameKeysAndNoEmptyText(string resource)
    {
        var english = Read($"{resource}.resx");
        var french = Read($"{resource}.fr.resx");

        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.DoesNotContain(english.Concat(french), pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    [Fact]
    public void EveryResourceHasItsMarkerClassAndBothLanguages()
    {
        var names = Resources().ToList();

        Assert.Contains("SharedResource", names);
        Assert.Contains("AccountResource", names);
        Assert.All(names, name => Assert.NotNull(typeof(SharedResource).Assembly.GetType($"Sesterce.Tracker.Web.{name}")));
    }

    /// <summary>
    /// Each component or class names its localizers (<c>@inject IStringLocalizer&lt;AccountResource&gt; A</c>,
    /// a constructor parameter, or an injected property in the code-behind); every literal key asked of a
    /// localizer must exist in that localizer's resource.
    /// </summary>
    [Fact]
    public void EveryKeyUsedInTheUiExists()
    {
        var missing = new List<string>();
        var used = 0;
        var sources = Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            // A component's markup and its code-behind share their localizers.
            .GroupBy(f => f.EndsWith(".razor.cs", StringComparison.Ordinal) ? f[..^3] : f);
        foreach (var component in sources)
        {
            var code = string.Concat(component.Select(File.ReadAllText));
            foreach (Match declaration in LocalizerDeclaration().Matches(code))
            {
                var keys = Read($"{declaration.Groups["resource"].Value}.resx").Keys.ToHashSet(StringComparer.Ordinal);
                var uses = new Regex($$"""\b{{declaration.Groups["name"].Value}}\["(?<key>[A-Za-z_\-]+)"\s*[,\]]""").Matches(code);
                used += uses.Count;
                missing.AddRange(uses.Select(m => m.Groups["key"].Value).Where(k => !keys.Contains(k)).Select(k => $"{component.Key}: {k}"));
            }
        }

        Assert.True(used > 100, $"Only {used} localized strings found: is the declaration pattern still right?");
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryEnumValueShownInTheUiHasItsText()
    {
        var keys = Read("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var expected = Enum.GetNames<Core.Domain.FigureQualifier>().Select(n => $"Qualifier_{n}")
            .Concat(Enum.GetNames<Core.Domain.ClaimStatus>().Select(n => $"Status_{n}"))
            .Concat(Enum.GetNames<Core.Domain.MilestoneState>().Select(n => $"State_{n}"))
            .Concat(Enum.GetNames<Core.Domain.MilestoneKind>().Select(n => $"Kind_{n}"))
            .Concat(Enum.GetNames<Core.Domain.DatePrecision>().SelectMany(p => new[] { $"Countdown_This{p}", $"Countdown_In{p}One", $"Countdown_In{p}Many", $"Countdown_Ago{p}One", $"Countdown_Ago{p}Many" }));

        Assert.DoesNotContain(expected, k => !keys.Contains(k));
    }

    [Fact]
    public void EveryRoleAndUserOutcomeHasItsText()
    {
        var keys = Read("AccountResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var expected = Core.Identity.TrackerRoles.All.Select(r => $"Role_{r}")
            .Concat(Enum.GetNames<Core.Features.Users.UserAdminOutcome>().Select(n => $"Outcome_{n}"));

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

    // "IStringLocalizer<AccountResource> A", as an @inject, a parameter or a property.
    [GeneratedRegex("""IStringLocalizer<(?<resource>\w+)>\s+(?<name>\w+)""")]
    private static partial Regex LocalizerDeclaration();
}
