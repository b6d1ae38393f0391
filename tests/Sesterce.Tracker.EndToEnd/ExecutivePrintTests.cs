using System.Text;
using System.Text.RegularExpressions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>The executive view is meant to be printed and handed round: one A4 landscape page, in either language.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class ExecutivePrintTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task TheExecutiveViewPrintsOnOneA4LandscapePage(string culture)
    {
        await using var context = await browser.NewContextAsync(TestAccount.Executive);
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.App.BaseAddress.ToString() }]);
        var page = await context.NewPageAsync();
        await page.ShowAsync(new TrackerPage("executive", "/campuses/alixan/executive", TestAccount.Executive));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var pdf = await page.PdfAsync(new() { Format = "A4", Landscape = true, PrintBackground = true });

        var text = Encoding.Latin1.GetString(pdf);
        var pages = PageObject().Count(text);
        await File.WriteAllBytesAsync(Path.Combine(Pages.ArtifactsFolder("print"), $"executive-{culture}.pdf"), pdf);
        Assert.True(pages == 1, $"The {culture} executive view prints on {pages} pages.");
    }

    /// <summary>A page object's type, not the page tree's ("/Type /Pages").</summary>
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
