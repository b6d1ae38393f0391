using Microsoft.Extensions.Configuration;
using Sesterce.Tracker.Web.Hosting;

namespace Sesterce.Tracker.Web.Tests.Hosting;

public class TrackerPathsTests
{
    private static IConfiguration Config(string? connectionString) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Tracker"] = connectionString })
        .Build();

    [Fact]
    public void ARelativeDatabaseFileIsResolvedAgainstTheContentRootNotTheWorkingDirectory()
    {
        var connection = TrackerPaths.ConnectionString(Config("Data Source=data/tracker.db"), "/srv/tracker");

        Assert.Equal("Data Source=/srv/tracker/data/tracker.db", connection);
    }

    [Fact]
    public void WithoutConfigurationTheDefaultIsUnderData()
    {
        var connection = TrackerPaths.ConnectionString(Config(null), "/srv/tracker");

        Assert.Equal("Data Source=/srv/tracker/data/tracker.db", connection);
    }

    [Theory]
    [InlineData("Data Source=/var/lib/tracker/t.db")]
    [InlineData("Data Source=:memory:")]
    public void AbsoluteAndInMemoryDatabasesAreLeftAlone(string configured) =>
        Assert.Equal(configured, TrackerPaths.ConnectionString(Config(configured), "/srv/tracker"));

    [Fact]
    public void RelativeLogFilesMoveUnderTheContentRoot()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:0:Name"] = "Console",
            ["Serilog:WriteTo:1:Name"] = "File",
            ["Serilog:WriteTo:1:Args:path"] = "logs/tracker-.log",
        }).Build();

        var overrides = TrackerPaths.AbsoluteLogPaths(configuration, "/srv/tracker").ToList();

        var single = Assert.Single(overrides);
        Assert.Equal("Serilog:WriteTo:1:Args:path", single.Key);
        Assert.Equal("/srv/tracker/logs/tracker-.log", single.Value);
    }
}
