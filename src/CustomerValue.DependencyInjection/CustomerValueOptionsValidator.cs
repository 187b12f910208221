using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace CustomerValue.DependencyInjection;

/// <summary>
/// Validates <see cref="CustomerValueOptions"/>: loads the named models and checks the lifetime-value settings, and reports
/// every problem in one failure message with one line per problem.
/// </summary>
internal sealed class CustomerValueOptionsValidator : IValidateOptions<CustomerValueOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CustomerValueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string> errors = ModelLoader.Validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(Describe(errors));
    }

    /// <summary>One readable message: a header with the count, then one "- " line per problem.</summary>
    internal static string Describe(IReadOnlyList<string> errors)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The CustomerValue options are invalid ({errors.Count} {(errors.Count == 1 ? "problem" : "problems")}):");
        foreach (string error in errors)
        {
            text.AppendLine().Append("- ").Append(error);
        }

        return text.ToString();
    }
}
