using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Transfer;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

public class CampusTransferPageTests : SeededComponentTest
{
    private IRenderedComponent<CampusTransferPage> RenderPage()
    {
        Render<MudBlazor.MudPopoverProvider>();
        var cut = Render<CampusTransferPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-export-row]")));
        return cut;
    }

    private async Task<string> AlixanFileAsync() => (await Services.GetRequiredService<CampusTransferService>().ExportAsync("alixan")).Json!;

    private Task<int> CampusCountAsync() => QueryAsync(db => db.Campuses.CountAsync());

    private static void Upload(IRenderedComponent<CampusTransferPage> cut, string json, string name) =>
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(json, name));

    [Fact]
    public void EachCampusHasAPlainDownloadLinkToItsExport()
    {
        var cut = RenderPage();

        var link = cut.Find("[data-export-row=alixan] a[data-testid=export-campus]");

        Assert.Equal("/api/campuses/alixan/export.json", link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"));
    }

    [Fact]
    public async Task AFileImportedUnderANewSlugReportsWhatItBroughtAndTheCampusAppears()
    {
        var cut = RenderPage();
        var file = await AlixanFileAsync();

        Upload(cut, file, "alixan.json");
        cut.Find("input[data-testid=import-as-slug], [data-testid=import-as-slug] input").Change("alixan-copy");
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=import-start]").HasAttribute("disabled")));
        cut.Find("[data-testid=import-start]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=import-done]")));
        var done = cut.Find("[data-testid=import-done]").TextContent;
        Assert.Contains("Campus alixan-copy imported.", done, StringComparison.Ordinal);
        Assert.Contains("2 phases, 4 milestones", done, StringComparison.Ordinal);
        Assert.Equal("/admin/campuses/alixan-copy", cut.Find("[data-testid=import-open]").GetAttribute("href"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-export-row=alixan-copy]")));
    }

    [Fact]
    public async Task ABadFileListsEachProblemWithItsPlaceInFrenchToo()
    {
        UseCulture("fr");
        var cut = RenderPage();
        var before = await CampusCountAsync();
        var file = (await AlixanFileAsync())
            .Replace("\"slug\": \"alixan\"", "\"slug\": \"autre\"", StringComparison.Ordinal)
            .Replace("\"announcedOn\": \"2025-11-17\"", "\"announcedOn\": \"bientôt\"", StringComparison.Ordinal);

        Upload(cut, file, "autre.json");
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=import-start]").HasAttribute("disabled")));
        cut.Find("[data-testid=import-start]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=import-errors]")));
        var report = cut.Find("[data-testid=import-errors]");
        Assert.Contains("autre.json n'a pas été importé", report.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rien n'a été écrit.", report.TextContent, StringComparison.Ordinal);
        var first = report.QuerySelectorAll("li[data-import-error=NotADate]")[0].TextContent;
        Assert.StartsWith("phases[0] — ", first, StringComparison.Ordinal);
        Assert.Contains("« bientôt »", first, StringComparison.Ordinal);
        Assert.Equal(before, await CampusCountAsync());
    }

    [Fact]
    public async Task ImportingTheSameCampusAgainExplainsHowToMakeACopy()
    {
        var cut = RenderPage();

        Upload(cut, await AlixanFileAsync(), "alixan.json");
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=import-start]").HasAttribute("disabled")));
        cut.Find("[data-testid=import-start]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=import-errors]")));
        Assert.Contains("a campus with the slug \"alixan\" already exists; import under a new slug", cut.Find("[data-testid=import-errors]").TextContent, StringComparison.Ordinal);
    }
}
