using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Features.Transfer;
using Sesterce.Tracker.Core.Tests.Features.Transfer;
using Xunit.Abstractions;

namespace Sesterce.Tracker.Web.Tests.Features.Paging;

/// <summary>
/// Issue 15: a valid but huge import once made the campus timeline 67 MB of HTML. With a campus
/// at its milestone limit (2,000), a figure of 600 revisions (twelve ledger pages; the full 5,000
/// takes the figure services minutes to compute, see the report), 60 risks and one risk with 300
/// assessments, every page that lists them stays under a megabyte, and says which rows it shows.
/// </summary>
public sealed class PageSizeTests(TrackerWebFactory factory, ITestOutputHelper output) : IClassFixture<TrackerWebFactory>
{
    private const int Megabyte = 1_000_000;

    [Fact]
    public async Task EveryPageOfACampusAtItsLimitsStaysUnderAMegabyte()
    {
        await ImportBigCampusAsync();
        var (milestone, reachedMilestone) = await MilestoneIdsAsync();
        using var admin = factory.CreateClient();

        // A campus this large is slow to compute on a loaded machine; this test is about size, not speed.
        admin.Timeout = TimeSpan.FromMinutes(10);
        string[] pages =
        [
            $"/campuses/{BigCampus.Slug}",
            $"/campuses/{BigCampus.Slug}/timeline",
            $"/campuses/{BigCampus.Slug}/timeline?page=40",
            $"/campuses/{BigCampus.Slug}/timeline?page=999999&asOf=2025-06-01",
            "/timeline",
            $"/campuses/{BigCampus.Slug}/figures/{BigCampus.FigureKey}",
            $"/campuses/{BigCampus.Slug}/figures/{BigCampus.FigureKey}?page=12",
            $"/campuses/{BigCampus.Slug}/milestones/{milestone}",
            $"/campuses/{BigCampus.Slug}/milestones/{reachedMilestone}",
            $"/campuses/{BigCampus.Slug}/risks",
            $"/campuses/{BigCampus.Slug}/risks?page=3",
            $"/campuses/{BigCampus.Slug}/executive",
            "/admin/audit",
        ];

        var sizes = new List<string>();
        foreach (var page in pages)
        {
            var watch = Stopwatch.StartNew();
            using var response = await admin.GetAsync(new Uri(page, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{page}: {html.Length:N0} characters in {watch.Elapsed.TotalSeconds:N1} s");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {response.StatusCode}");
            sizes.Add($"{page}: {html.Length:N0}");
            Assert.True(html.Length < Megabyte, $"{page} is {html.Length:N0} characters of HTML; sizes so far: {string.Join(", ", sizes)}");
        }
    }

    [Fact]
    public async Task TheCampusTimelineShowsFiftyOfItsMilestonesAndSaysWhichOnes()
    {
        await ImportBigCampusAsync();
        using var admin = factory.CreateClient();

        admin.Timeout = TimeSpan.FromMinutes(10);
        var first = await GetTextAsync(admin, $"/campuses/{BigCampus.Slug}/timeline");
        var third = await GetTextAsync(admin, $"/campuses/{BigCampus.Slug}/timeline?page=3");

        Assert.Contains("Rows 1–50 of 2,000", first, StringComparison.Ordinal);
        Assert.Contains("Rows 101–150 of 2,000", third, StringComparison.Ordinal);
        var markers = third.Split("data-testid=\"timeline-marker\"").Length - 1;
        Assert.InRange(markers, 1, 50);
    }

    [Fact]
    public async Task TheLedgerShowsFiftyRevisionsAPageWithThePageInTheAddress()
    {
        await ImportBigCampusAsync();
        using var admin = factory.CreateClient();

        admin.Timeout = TimeSpan.FromMinutes(10);
        var page = await GetTextAsync(admin, $"/campuses/{BigCampus.Slug}/figures/{BigCampus.FigureKey}?page=2&asOf=2026-11-25");

        Assert.Contains("Rows 51–100 of 600", page, StringComparison.Ordinal);
        Assert.Contains("page=3", page, StringComparison.Ordinal);
        Assert.Contains("asOf=2026-11-25", page, StringComparison.Ordinal);
    }

    // The page as a reader sees it: Blazor writes the dash and non-ASCII letters as character references.
    private static async Task<string> GetTextAsync(HttpClient client, string page) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(page, UriKind.Relative)));

    private async Task ImportBigCampusAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var transfer = scope.ServiceProvider.GetRequiredService<CampusTransferService>();
        if ((await transfer.ExportAsync(BigCampus.Slug, Web.Hosting.Commands.TransferCommand.CommandLine)).Outcome == TransferOutcome.Done)
        {
            return;
        }

        var json = JsonSerializer.Serialize(BigCampus.Document(milestones: 2_000, revisions: 600, risks: 60, longHistory: 300), CampusDocument.Json);
        var result = await transfer.ImportAsync(json, null, "big.json", Web.Hosting.Commands.TransferCommand.CommandLine);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Take(5)));
    }

    private async Task<(int Any, int Reached)> MilestoneIdsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var ids = await db.Milestones.Where(m => db.Campuses.Any(c => c.Id == m.CampusId && c.Slug == BigCampus.Slug)).OrderBy(m => m.Id).Select(m => m.Id).Take(2).ToListAsync();
        return (ids[0], ids[1]);
    }
}
