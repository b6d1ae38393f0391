using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Web.Tests.Components;

/// <summary>Pages on the seeded store after the events of <see cref="ClaimScenario"/> were entered through the admin services.</summary>
public abstract class ScenarioComponentTest : SeededComponentTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ClaimScenario.WriteAsync(Services);
    }

    protected async Task<int> IdOfAsync(string title) =>
        (await Services.GetRequiredService<MilestoneService>().GetMilestonesAsync("alixan"))!.Single(m => m.Title == title).Id;
}
