namespace Sesterce.Tracker.Core.Domain;

/// <summary>
/// Who may see a source or a claim (docs/security.md, "Classification"). Everything derived from a claim
/// (its value, quotes, ratios, exports, feeds) carries the claim's level; the permission map says which
/// role reads which level. Ordered: a caller who may read a level may read every lower one.
/// </summary>
public enum Visibility
{
    /// <summary>Announced or published: every signed-in user may read it.</summary>
    Public = 0,

    /// <summary>For the organisation's executives and admins, such as an internal estimate.</summary>
    Internal = 1,

    /// <summary>For admins only, such as figures under negotiation.</summary>
    Confidential = 2,
}
