using Sesterce.Tracker.Web.Hosting.Commands;

namespace Sesterce.Tracker.Web.Tests.Hosting;

/// <summary>The one list of commands the app runs instead of serving.</summary>
public class TrackerCommandsTests
{
    [Fact]
    public void EachNameSelectsExactlyOneCommand()
    {
        var names = TrackerCommands.All.SelectMany(command => command.Names).ToList();

        Assert.Equal(["create-admin", "backup", "restore", "export", "import"], names);
        Assert.All(names, name => Assert.Same(Assert.Single(TrackerCommands.All, c => c.Names.Contains(name)), TrackerCommands.Find([name])));
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("--environment")]
    [InlineData("Backup")]
    public void AnythingElseServesTheApp(string first)
    {
        // The portfolio generator is a tool under tools/, no longer a command of the product.
        Assert.Null(TrackerCommands.Find([first, "--to", "x.db"]));
    }
}
