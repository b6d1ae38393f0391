using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using MiniExcelLibs;

namespace Sesterce.Tracker.Web.Tests.Api;

public class ExportApiTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(new Uri(url, UriKind.Relative));

    [Fact]
    public async Task TheInvestmentLedgerDownloadsAsCsvNamedAfterTheAsOfDate()
    {
        var response = await GetAsync("/api/campuses/alixan/figures/investment/revisions.csv?asOf=2025-12-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("alixan-investment-ledger-asof-2025-12-01.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var reader = CsvReader.Create(await response.Content.ReadAsStreamAsync(), options: null, leaveOpen: false);
        var values = new List<string>();
        var quotes = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString("Value"));
            quotes.Add(reader.GetString("Quote"));
        }

        Assert.Equal(["450000000", "1500000000"], values);
        Assert.Contains("1,5 milliard d'euros", quotes[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMilestoneListDownloadsAsAWorkbook()
    {
        var response = await GetAsync("/api/campuses/alixan/milestones.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("alixan-milestones-asof-2026-11-25.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => (string?)r["Target"] == "2027-12" && (string?)r["TargetPrecision"] == "Month");
    }

    [Fact]
    public async Task TheLedgerWorkbookHoldsNumbers()
    {
        var response = await GetAsync("/api/campuses/alixan/figures/power/revisions.xlsx?asOf=2025-12-01");

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal([40m, 80m], rows.Select(r => Convert.ToDecimal(r["Value"], CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("/api/campuses/alixan/figures/investment/revisions.csv?asOf=June", HttpStatusCode.BadRequest, "Malformed asOf date")]
    [InlineData("/api/campuses/alixan/milestones.xlsx?asOf=2025-13-01", HttpStatusCode.BadRequest, "Malformed asOf date")]
    [InlineData("/api/campuses/atlantis/figures/investment/revisions.xlsx", HttpStatusCode.NotFound, "Unknown campus")]
    [InlineData("/api/campuses/alixan/figures/gpus/revisions.csv", HttpStatusCode.NotFound, "Unknown figure")]
    [InlineData("/api/campuses/atlantis/milestones.csv", HttpStatusCode.NotFound, "Unknown campus")]
    public async Task BadRequestsGetProblemDetails(string url, HttpStatusCode status, string title)
    {
        var response = await GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(), default).RootElement;
        Assert.Equal(title, body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheCsvStartsWithAByteOrderMarkForSpreadsheetPrograms()
    {
        var bytes = await (await GetAsync("/api/campuses/alixan/milestones.csv")).Content.ReadAsByteArrayAsync();

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
    }
}
