using CustomerValue.Lifetime;

namespace CustomerValue.Tests.Lifetime;

/// <summary>
/// A transparent repeat-purchase model for CLV tests: purchases are Poisson with rate λ while alive, and the
/// remaining lifetime is exponential with rate μ (μ = 0: never dies), so E[X(T, T + τ)] = λ(1 − e^(−μτ))/μ (λτ when μ = 0).
/// The customer's history is ignored.
/// </summary>
internal sealed class ClvFakeTransactionModel(double lambda, double mu) : ITransactionModel
{
    public string Name => "fake-poisson";

    public IReadOnlyList<KeyValuePair<string, double>> Parameters => [new("lambda", lambda), new("mu", mu)];

    public double ExpectedPurchases(double horizon) => mu == 0 ? lambda * horizon : lambda * (1 - Math.Exp(-mu * horizon)) / mu;

    public double ConditionalExpectedPurchases(in CustomerSummary customer, double horizon) => ExpectedPurchases(horizon);

    public void ConditionalExpectedPurchases(ReadOnlySpan<CustomerSummary> customers, double horizon, Span<double> destination)
    {
        for (int i = 0; i < customers.Length; i++)
        {
            destination[i] = ExpectedPurchases(horizon);
        }
    }

    public double LogLikelihood(int frequency, double recency, double t) => throw new NotSupportedException();

    public double ProbabilityOfPurchases(int n, double t) => throw new NotSupportedException();

    public double ProbabilityAlive(in CustomerSummary customer) => 1.0;

    public double ProbabilityAliveAt(in CustomerSummary customer, double ahead) => Math.Exp(-mu * ahead);

    public void ProbabilityAlive(ReadOnlySpan<CustomerSummary> customers, Span<double> destination) => destination[..customers.Length].Fill(1.0);
}
