using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>The password change form's fields.</summary>
public sealed class PasswordInput
{
    public string Current { get; set; } = "";

    public string New { get; set; } = "";

    public string Confirm { get; set; } = "";
}

/// <summary>Runs a password change from a form and says what went wrong in the user's language.</summary>
public static class PasswordChangeText
{
    public static async Task<IReadOnlyList<string>> ChangeAsync(AccountService account, Core.Domain.TrackerUser user, PasswordInput input, IStringLocalizer<AccountResource> text)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(text);
        if (input.New != input.Confirm)
        {
            return [text["PasswordsDiffer"]];
        }

        var result = await account.ChangePasswordAsync(user, input.Current, input.New);
        return [.. result.Errors.Select(code => code switch
        {
            "PasswordMismatch" => text["PasswordWrongCurrent"].Value,
            "PasswordTooShort" => text["Password_TooShort", PasswordPolicy.MinimumLength].Value,
            PasswordPolicy.TooLongCode => text["Password_TooLong", PasswordPolicy.MaximumLength].Value,
            PasswordPolicy.CommonCode => text["Password_Common"].Value,
            PasswordPolicy.SameAsUserNameCode => text["Password_SameAsUserName"].Value,
            _ => text["Password_Refused"].Value,
        }).Distinct()];
    }
}
