using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Web.Components.Shared;

/// <summary>
/// A claim drawn beside a step chart's line, never as a step of it: a hollow mark at the day it
/// became known, titled with its status and value; <see cref="InConflict"/> draws it in the error colour.
/// </summary>
public sealed record SparkMark(int Id, DateOnly From, ValueRange Value, string Title, bool InConflict);
