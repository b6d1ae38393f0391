using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

/// <summary>
/// The audit page on the seeded store (the seed logs one entry per campus and one for the
/// benchmarks, all "today") plus two earlier entries written straight to the log, so the test
/// does not depend on how the admin services word their entries.
/// </summary>
public class AuditPageTests : SeededComponentTest
{
    private const string Moved = "Phase 1 commissioning";
    private const string Created = "Permis de construire accordé";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        db.AuditEntries.AddRange(
            new AuditEntry
            {
                At = new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero),
                UserName = "alice@example.test",
                EntityType = "Milestone",
                EntityId = "12",
                CampusSlug = "alixan",
                Action = "TargetMoved",
                Summary = Moved,
                Changes = """[{"field":"Target","old":"2026-12","new":"2027-03"}]""",
                Reason = "Grid connection slipped by a quarter.",
                Version = 2,
            },
            new AuditEntry
            {
                At = new DateTimeOffset(2026, 11, 10, 14, 30, 0, TimeSpan.Zero),
                UserName = "bob@example.test",
                EntityType = "Source",
                EntityId = "7",
                Action = "Created",
                Summary = Created,
                Changes = """[{"field":"Title","old":null,"new":"Permis de construire accordé"}]""",
                Version = 1,
            });
        await db.SaveChangesAsync();
    }

    private IRenderedComponent<AuditPage> RenderPage()
    {
        var cut = Render<AuditPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Rows(cut)));
        return cut;
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<AuditPage> cut) => cut.FindAll("[data-testid=audit-row]");

    private static IElement Row(IRenderedComponent<AuditPage> cut, string summary) =>
        Rows(cut).Single(r => r.TextContent.Contains(summary, StringComparison.Ordinal));

    private static void Filter(IRenderedComponent<AuditPage> cut, string testId, string value) =>
        cut.Find($"input[data-testid={testId}], [data-testid={testId}] input").Change(value);

    private static void Apply(IRenderedComponent<AuditPage> cut) => cut.Find("[data-testid=apply-filters]").Click();

    [Fact]
    public async Task EveryEntryIsListedWithWhenWhoWhatTheChangesAndTheReason()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var total = await db.AuditEntries.CountAsync();

        var cut = RenderPage();

        Assert.Equal(total, Rows(cut).Count);
        var moved = Row(cut, Moved).TextContent;
        Assert.Contains("2026-10-05 09:00:00 UTC", moved, StringComparison.Ordinal);
        Assert.Contains("alice@example.test", moved, StringComparison.Ordinal);
        Assert.Contains("Phase 1 commissioning: target moved (Target date: Dec 2026 → Mar 2027) — Grid connection slipped by a quarter.", moved, StringComparison.Ordinal);
        Assert.Contains("alixan", moved, StringComparison.Ordinal);
        Assert.DoesNotContain("#12", moved, StringComparison.Ordinal);
        Assert.DoesNotContain("TargetMoved", moved, StringComparison.Ordinal);
        Assert.Contains("Permis de construire accordé: created (Title: Permis de construire accordé)", Row(cut, Created).TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("filter-text", "Grid connection", Moved)]
    [InlineData("filter-to", "2026-10-31", Moved)]
    public void EachFilterNarrowsTheListToTheMatchingEntry(string filter, string value, string expected)
    {
        var cut = RenderPage();
        Assert.True(Rows(cut).Count > 1);

        Filter(cut, filter, value);
        Apply(cut);

        cut.WaitForAssertion(() => Assert.Single(Rows(cut)));
        Assert.Contains(expected, Rows(cut)[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=audit-bad-filter]"));
    }

    [Theory]
    [InlineData("filter-record", "Source", Created)]
    [InlineData("filter-user", "bob@example.test", Created)]
    public void TheRecordTypeAndUserListsNarrowTheListToTheChosenOne(string filter, string option, string expected)
    {
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var cut = RenderPage();

        cut.Find($"[data-testid={filter}]").Closest("div.mud-select")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Contains(option, StringComparison.Ordinal)));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains(option, StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains(expected, Assert.Single(Rows(cut)).TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnreadableDayInTheAddressIsReportedAndNotApplied()
    {
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/admin/audit?from=yesterday");
        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains(
            "The address asks for from=yesterday, which is not a day such as 2026-11-25",
            cut.Find("[data-testid=audit-bad-filter]").TextContent,
            StringComparison.Ordinal));
        Assert.Contains(Rows(cut), r => r.TextContent.Contains(Moved, StringComparison.Ordinal));
    }

    [Fact]
    public void TheCampusFilterKeepsOnlyThatCampusesEntries()
    {
        var cut = RenderPage();
        var before = Rows(cut).Count;

        Filter(cut, "filter-campus", "alixan");
        Apply(cut);

        cut.WaitForAssertion(() => Assert.InRange(Rows(cut).Count, 1, before - 1));
        Assert.All(Rows(cut), r => Assert.Contains("alixan", r.TextContent, StringComparison.Ordinal));
        Assert.Contains(Rows(cut), r => r.TextContent.Contains(Moved, StringComparison.Ordinal));
    }

    [Fact]
    public void FromAndToTogetherKeepOnlyTheDaysBetween()
    {
        var cut = RenderPage();

        Filter(cut, "filter-from", "2026-11-01");
        Filter(cut, "filter-to", "2026-11-24");
        Apply(cut);

        cut.WaitForAssertion(() => Assert.Contains(Created, Assert.Single(Rows(cut)).TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void NothingMatchingSaysSoInsteadOfAnEmptyTable()
    {
        var cut = RenderPage();

        Filter(cut, "filter-text", "no entry says this");
        Apply(cut);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=audit-empty]")));
        Assert.Empty(Rows(cut));
    }
}
