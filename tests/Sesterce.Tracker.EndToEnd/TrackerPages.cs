namespace Sesterce.Tracker.EndToEnd;

/// <summary>One page of the app as a person opens it: who, where, and a name for its screenshots.</summary>
public sealed record TrackerPage(string Name, string Address, TestAccount? Account, bool Interactive = true)
{
    /// <summary>Every page a person can reach, each signed in as someone allowed to see all of it.</summary>
    public static IReadOnlyList<TrackerPage> All { get; } =
    [
        new("dashboard", "/campuses/alixan", TestAccount.Executive),
        new("dashboard-as-of", "/campuses/alixan?asOf=2025-06-01", TestAccount.Executive),
        new("timeline", "/campuses/alixan/timeline", TestAccount.Executive),
        new("portfolio", "/timeline", TestAccount.Executive),
        new("milestone", "/campuses/alixan/milestones/4", TestAccount.Executive),
        new("milestone-event", "/campuses/alixan/milestones/2", TestAccount.Executive),
        new("figure-investment", "/campuses/alixan/figures/investment", TestAccount.Executive),
        new("figure-power", "/campuses/alixan/figures/power", TestAccount.Executive),
        new("figure-jobs", "/campuses/alixan/figures/jobs", TestAccount.Executive),
        new("executive", "/campuses/alixan/executive", TestAccount.Executive),
        new("risks", "/campuses/alixan/risks", TestAccount.ProjectManager),
        new("admin", "/admin", TestAccount.Admin),
        new("admin-campus", "/admin/campuses/alixan", TestAccount.Admin),
        new("admin-sources", "/admin/sources", TestAccount.Admin),
        new("admin-benchmarks", "/admin/benchmarks", TestAccount.Admin),
        new("admin-audit", "/admin/audit", TestAccount.Admin),
        new("admin-users", "/admin/users", TestAccount.Admin),
        new("admin-transfer", "/admin/transfer", TestAccount.Admin),
        new("account", "/account", TestAccount.Admin, Interactive: false),
        new("sessions", "/account/sessions", TestAccount.ProjectManager),
        new("access-denied", "/admin/users", TestAccount.ProjectManager),
        new("not-found", "/campuses/nowhere", TestAccount.ProjectManager),
        new("sign-in", "/account/sign-in", null, Interactive: false),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var page in All)
        {
            data.Add(page.Name);
        }

        return data;
    }

    public static TrackerPage Named(string name) => All.Single(p => p.Name == name);

    public override string ToString() => Name;
}
