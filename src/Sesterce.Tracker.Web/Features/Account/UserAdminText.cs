using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Features.Users;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>Localized sentences for the services' refusals, shared by the setup and users pages.</summary>
public static class UserAdminText
{
    public static IEnumerable<string> Describe(IStringLocalizer<AccountResource> text, UserAdminResult result)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome != UserAdminOutcome.WeakPassword)
        {
            yield return text[$"Outcome_{result.Outcome}"];
            yield break;
        }

        foreach (var code in result.PasswordErrors.Distinct())
        {
            yield return code switch
            {
                "PasswordTooShort" => text["Password_TooShort", PasswordPolicy.MinimumLength],
                PasswordPolicy.TooLongCode => text["Password_TooLong", PasswordPolicy.MaximumLength],
                PasswordPolicy.CommonCode => text["Password_Common"],
                PasswordPolicy.SameAsUserNameCode => text["Password_SameAsUserName"],
                _ => text["Password_Refused"],
            };
        }
    }

    public static string Role(IStringLocalizer<AccountResource> text, string? role) =>
        TrackerRoles.IsKnown(role) ? text[$"Role_{role}"] : text["Role_None"];
}
