using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

public class SourcesAdminPageTests : SeededComponentTest
{
    private IRenderedComponent<SourcesAdminPage> RenderPage()
    {
        var cut = Render<SourcesAdminPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=edit-source]")));
        return cut;
    }

    private Task<int> SourceCountAsync() => QueryAsync(db => db.Sources.CountAsync());

    [Fact]
    public void RendersTheSourcesAndAnEmptyForm()
    {
        var cut = RenderPage();

        Assert.NotNull(cut.Find("[data-testid=source-table]"));
        Assert.Contains("New source", cut.Find("[data-testid=source-form]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValidSourceIsSavedAndListed()
    {
        var cut = RenderPage();

        Type(cut, "field-title", "Rapport d'enquête publique");
        Type(cut, "field-publisher", "Préfecture de la Drôme");
        Type(cut, "field-url", "https://example.test/enquete");
        Type(cut, "field-published", "2026-03-02");
        cut.Find("[data-testid=save-source]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Contains("Rapport d'enquête publique", cut.Find("[data-testid=source-table]").TextContent, StringComparison.Ordinal);
        var stored = (await Services.GetRequiredService<SourceAdminService>().ListAsync()).Single(s => s.Title == "Rapport d'enquête publique");
        Assert.Equal(("Préfecture de la Drôme", "https://example.test/enquete", PartialDate.OnDay(2026, 3, 2), "fr"), (stored.Publisher, stored.Url, stored.PublishedOn, stored.Language));
    }

    [Fact]
    public async Task ASourcePublishedInAMonthIsSavedAtThatPrecisionAndListedAsTheMonth()
    {
        var cut = RenderPage();
        Assert.Contains("2026-12-15, 2026-12, 2026-Q4, 2026-H2 or 2026", cut.Find("[data-testid=source-form]").TextContent, StringComparison.Ordinal);

        Type(cut, "field-title", "Le projet grandit");
        Type(cut, "field-published", "2025-07");
        cut.Find("[data-testid=save-source]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        var row = cut.FindAll("[data-testid=source-table] tbody tr").Single(r => r.TextContent.Contains("Le projet grandit", StringComparison.Ordinal));
        Assert.Contains("Jul 2025", row.TextContent, StringComparison.Ordinal);
        var stored = (await Services.GetRequiredService<SourceAdminService>().ListAsync()).Single(s => s.Title == "Le projet grandit");
        Assert.Equal(PartialDate.InMonth(2025, 7), stored.PublishedOn);
    }

    [Fact]
    public async Task AHalfYearWrittenTheFrenchWayIsAcceptedAndTheFrenchHelpGivesFrenchExamples()
    {
        UseCulture("fr");
        var cut = RenderPage();
        Assert.Contains("2026-12-15, 2026-12, 2026-T4, 2026-S2 ou 2026", cut.Find("[data-testid=source-form]").TextContent, StringComparison.Ordinal);

        Type(cut, "field-title", "Bilan du semestre");
        Type(cut, "field-published", "2025-S1");
        cut.Find("[data-testid=save-source]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Contains("S1 2025", cut.FindAll("[data-testid=source-table] tbody tr").Single(r => r.TextContent.Contains("Bilan du semestre", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Equal(PartialDate.InHalf(2025, 1), (await Services.GetRequiredService<SourceAdminService>().ListAsync()).Single(s => s.Title == "Bilan du semestre").PublishedOn);
    }

    [Fact]
    public async Task ABadWebAddressIsExplainedAndNothingIsSaved()
    {
        var cut = RenderPage();
        var before = await SourceCountAsync();

        Type(cut, "field-title", "Not a link");
        Type(cut, "field-url", "javascript:alert(1)");
        cut.Find("[data-testid=save-source]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-errors]")));
        Assert.Contains("Web address: must be a web address starting with http:// or https://.", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await SourceCountAsync());
    }

    [Fact]
    public async Task AnEditOfASourceSomeoneElseChangedShowsTheirChange()
    {
        var cut = RenderPage();
        cut.FindAll("[data-testid=edit-source]")[0].Click();

        var service = Services.GetRequiredService<SourceAdminService>();
        var row = (await service.ListAsync())[0];
        Caller.Current = new("user-bob", "bob@example.test", "Admin");
        Assert.True((await service.UpdateAsync(row.Id, new SourceInput("Renamed by Bob", row.Publisher, row.Url, row.PublishedOn?.ToString(), row.Language, row.Excerpt), row.Version)).Succeeded);
        Caller.Current = new("user-alice", "alice@example.test", "Admin");

        Type(cut, "field-title", "Renamed by Alice");
        cut.Find("[data-testid=save-source]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-conflict]")));
        var conflict = cut.Find("[data-testid=write-conflict]").TextContent;
        Assert.Contains("bob@example.test", conflict, StringComparison.Ordinal);
        Assert.Contains($"{row.Title} → Renamed by Bob", conflict, StringComparison.Ordinal);
        Assert.Equal("Renamed by Bob", (await service.ListAsync()).Single(s => s.Id == row.Id).Title);
    }
}
