using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>What a change sees inside the pipeline: its own unit of work, the rules collecting refusals, who writes and when.</summary>
public sealed class WriteScope(TrackerDbContext db, InputRules rules, Caller caller, DateTimeOffset now, CancellationToken cancellationToken)
{
    public TrackerDbContext Db => db;

    public InputRules Rules => rules;

    public Caller Caller => caller;

    public DateTimeOffset Now => now;

    public CancellationToken CancellationToken => cancellationToken;

    public async Task<bool> SourceExistsAsync(int? sourceId) =>
        sourceId is { } id && await db.Sources.AnyAsync(s => s.Id == id, cancellationToken);
}

/// <summary>A change to an existing record: what to call it in the audit log, which fields moved, and why.</summary>
public sealed record Edit(string Action, ChangeSet Changes, string? Reason = null);

/// <summary>A record to insert, with the fields it was created with; <paramref name="Summary"/> overrides the kind's own.</summary>
public sealed record Addition<T>(T Record, ChangeSet Changes, string? Reason = null, string Action = "Created", string? Summary = null)
    where T : class, IAuditedRecord;
