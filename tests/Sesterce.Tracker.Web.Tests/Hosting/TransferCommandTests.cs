using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Sesterce.Tracker.Web.Hosting.Commands;

namespace Sesterce.Tracker.Web.Tests.Hosting;

/// <summary>The <c>export</c> and <c>import</c> commands, and the export download, against a test app's database.</summary>
public sealed class TransferCommandTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-transfer-command-").FullName;

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new TransferCommand().RunAsync(factory.Services, args, new CommandConsole(TextReader.Null, output, error, _ => null));
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void OnlyTheExportAndImportArgumentsRunTheCommand()
    {
        Assert.IsType<TransferCommand>(TrackerCommands.Find(["export", "--campus", "alixan", "--to", "x.json"]));
        Assert.IsType<TransferCommand>(TrackerCommands.Find(["import", "--from", "x.json"]));
        Assert.IsNotType<TransferCommand>(TrackerCommands.Find(["backup"]));
        Assert.Null(TrackerCommands.Find([]));
    }

    [Fact]
    public async Task ACampusExportedToAFileImportsUnderANewSlugAndTheDownloadIsTheSameDocument()
    {
        factory.CreateClient().Dispose();
        var file = Path.Combine(_folder, "alixan.json");

        var export = await RunAsync("export", "--campus", "alixan", "--to", file);
        var import = await RunAsync("import", "--from", file, "--as", "alixan-moved");
        using var client = factory.CreateClient();
        using var download = await client.GetAsync(new Uri("/api/campuses/alixan/export.json", UriKind.Relative));
        using var moved = await client.GetAsync(new Uri("/api/campuses/alixan-moved", UriKind.Relative));

        Assert.Equal((0, ""), (export.Code, export.Error));
        Assert.Equal(0, import.Code);
        Assert.Contains("Imported campus alixan-moved: 2 phases, 4 milestones", import.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("alixan-campus-2026-11-25.json", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(await File.ReadAllTextAsync(file), await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
    }

    [Fact]
    public async Task ABadFileIsRefusedWithEveryReasonAndNothingIsWritten()
    {
        factory.CreateClient().Dispose();
        var file = Path.Combine(_folder, "bad.json");
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/campuses/alixan/export.json", UriKind.Relative)))!;
        document["campus"]!["slug"] = "bad-copy";
        document["phases"]![0]!["announcedOn"] = "someday";
        document["figures"]![0]!["revisions"]![0]!["value"] = -1;
        await File.WriteAllTextAsync(file, document.ToJsonString());

        var (code, _, error) = await RunAsync("import", "--from", file);
        using var missing = await client.GetAsync(new Uri("/api/campuses/bad-copy", UriKind.Relative));

        Assert.Equal(1, code);
        Assert.Contains("Import refused; nothing was written.", error, StringComparison.Ordinal);
        Assert.Contains("phases[0] — Announced", error, StringComparison.Ordinal);
        Assert.Contains("'someday' is not a date", error, StringComparison.Ordinal);
        Assert.Contains("figures[0].revisions[0] — Value: ", error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task AnExportIsNeverWrittenOverTheLiveDatabaseOrItsCompanionsHoweverThePathIsSpelled()
    {
        var live = LiveDatabase.FileOf(factory);
        var size = new FileInfo(live).Length;

        foreach (var path in LiveDatabase.Spellings(live, _folder))
        {
            var (code, _, error) = await RunAsync("export", "--campus", "alixan", "--to", path);

            Assert.Equal(1, code);
            Assert.Contains("Export refused.", error, StringComparison.Ordinal);
            Assert.Contains("is the live database or one of its companion files", error, StringComparison.Ordinal);
        }

        Assert.Equal(size, new FileInfo(live).Length);
        await using var connection = new SqliteConnection($"Data Source={live};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
    }

    [Fact]
    public async Task WithoutAFileOrACampusTheCommandPrintsItsUsage()
    {
        var (code, _, error) = await RunAsync("export", "--to", Path.Combine(_folder, "x.json"));

        Assert.Equal(2, code);
        Assert.Contains("Usage: export --campus SLUG --to FILE", error, StringComparison.Ordinal);
    }
}
