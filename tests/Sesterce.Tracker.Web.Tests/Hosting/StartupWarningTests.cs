using System.Globalization;
using Serilog.Events;
using Sesterce.Tracker.Web.Tests.Security;

namespace Sesterce.Tracker.Web.Tests.Hosting;

/// <summary>
/// A newcomer's first start (a fresh database, every migration applied, the seed loaded) and the
/// first pages asked for write nothing at warning level or above: a warning in the log means something.
/// </summary>
public sealed class StartupWarningTests : IDisposable
{
    private readonly TrackerWebFactory _factory = new();

    [Fact]
    public async Task AFreshStartAndTheFirstPagesLogNoWarning()
    {
        using var client = _factory.CreateClient();
        await _factory.EnsureAdminAsync();

        foreach (var path in new[] { "/health", "/", "/campuses/alixan/timeline", "/campuses/alixan/figures/power" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        }

        var warnings = _factory.Logs.Events
            .Where(e => e.Level >= LogEventLevel.Warning)
            .Select(e => $"{e.Level} {LogCapture.Scalar(e, "SourceContext")}: {e.RenderMessage(CultureInfo.InvariantCulture)}")
            .ToList();
        Assert.True(warnings.Count == 0, string.Join(Environment.NewLine, warnings));
        // The log did capture the start: an empty capture would pass without proving anything.
        Assert.Contains(_factory.Logs.Events, e => e.Level == LogEventLevel.Information);
    }

    public void Dispose() => _factory.Dispose();
}
