namespace CustomerValue.Lifetime;

/// <summary>
/// The result of fitting a model by maximum likelihood: the fitted model, its parameters with standard errors and
/// covariance, the log-likelihood, information criteria and how the optimiser ended.
/// </summary>
/// <typeparam name="TModel">The fitted model type (for example <see cref="BgNbdModel"/>).</typeparam>
/// <remarks>
/// Immutable and thread-safe. A fit that did not converge is still returned (check <see cref="Converged"/>, or call
/// <see cref="EnsureConverged"/> to turn it into an exception). Standard errors come from the inverse of the observed
/// information in log-parameters, mapped to the natural parameters by the delta method; they are NaN when the Hessian
/// at the optimum is not negative definite (the data do not identify the parameters).
/// </remarks>
public sealed record ModelFit<TModel>
    where TModel : class
{
    internal ModelFit(
        TModel model,
        string modelName,
        IReadOnlyList<KeyValuePair<string, double>> parameters,
        IReadOnlyList<KeyValuePair<string, double>> standardErrors,
        IReadOnlyList<IReadOnlyList<double>> covariance,
        double logLikelihood,
        int iterations,
        FitExitReason exitReason,
        int observations,
        double l2Penalty)
    {
        Model = model;
        ModelName = modelName;
        Parameters = parameters;
        StandardErrors = standardErrors;
        Covariance = covariance;
        LogLikelihood = logLikelihood;
        Iterations = iterations;
        ExitReason = exitReason;
        Observations = observations;
        L2Penalty = l2Penalty;
    }

    /// <summary>The fitted model.</summary>
    public TModel Model { get; }

    /// <summary>The model's short name (for example "bg-nbd").</summary>
    public string ModelName { get; }

    /// <summary>The fitted parameters by name, in the model's canonical order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Parameters { get; }

    /// <summary>The standard errors of <see cref="Parameters"/> by name, in the same order (NaN when not available).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> StandardErrors { get; }

    /// <summary>The covariance matrix of the natural parameters, rows and columns in the order of <see cref="Parameters"/>.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Covariance { get; }

    /// <summary>The maximised log-likelihood (with all normalising constants; without the penalty).</summary>
    public double LogLikelihood { get; }

    /// <summary>Optimiser iterations of the winning run.</summary>
    public int Iterations { get; }

    /// <summary>Why the optimiser stopped.</summary>
    public FitExitReason ExitReason { get; }

    /// <summary>Whether the optimiser converged.</summary>
    public bool Converged => ExitReason is FitExitReason.GradientTolerance or FitExitReason.NoFurtherProgress;

    /// <summary>The number of observations (customers) the model was fitted on.</summary>
    public int Observations { get; }

    /// <summary>The L2 penalty that was used (0 for plain maximum likelihood).</summary>
    public double L2Penalty { get; }

    /// <summary>Akaike's information criterion, 2k − 2 log L.</summary>
    public double Aic => (2.0 * Parameters.Count) - (2.0 * LogLikelihood);

    /// <summary>The Bayesian information criterion, k ln n − 2 log L, with n = <see cref="Observations"/>.</summary>
    public double Bic => (Parameters.Count * Math.Log(Math.Max(1, Observations))) - (2.0 * LogLikelihood);

    /// <summary>The fitted value of the parameter called <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">A parameter name such as "alpha".</param>
    /// <exception cref="ArgumentException">The model has no such parameter.</exception>
    public double Parameter(string name) => Find(Parameters, name);

    /// <summary>The standard error of the parameter called <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">A parameter name such as "alpha".</param>
    /// <exception cref="ArgumentException">The model has no such parameter.</exception>
    public double StandardError(string name) => Find(StandardErrors, name);

    /// <summary>Returns this fit when it converged.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ModelFitException">The optimiser did not converge.</exception>
    public ModelFit<TModel> EnsureConverged()
    {
        if (!Converged)
        {
            throw new ModelFitException(
                $"The {ModelName} fit did not converge ({ExitReason} after {Iterations} iterations, log-likelihood {LogLikelihood}). " +
                "Try more iterations (FitOptions.MaxIterations), other starting points, or a small L2 penalty.",
                ExitReason);
        }

        return this;
    }

    internal static ModelFit<TModel> Create(
        TModel model,
        string modelName,
        IReadOnlyList<string> names,
        Numerics.MaximumLikelihoodResult result,
        int observations,
        double l2Penalty)
    {
        int n = names.Count;
        var parameters = new KeyValuePair<string, double>[n];
        var errors = new KeyValuePair<string, double>[n];
        var rows = new IReadOnlyList<double>[n];
        for (int i = 0; i < n; i++)
        {
            parameters[i] = new(names[i], result.Point[i]);
            errors[i] = new(names[i], result.StandardErrors[i]);
            var row = new double[n];
            Array.Copy(result.Covariance, i * n, row, 0, n);
            rows[i] = Array.AsReadOnly(row);
        }

        return new ModelFit<TModel>(
            model,
            modelName,
            Array.AsReadOnly(parameters),
            Array.AsReadOnly(errors),
            Array.AsReadOnly(rows),
            result.LogLikelihood,
            result.Iterations,
            result.ExitReason,
            observations,
            l2Penalty);
    }

    private double Find(IReadOnlyList<KeyValuePair<string, double>> list, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (KeyValuePair<string, double> pair in list)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        throw new ArgumentException($"The {ModelName} model has no parameter '{name}'; it has {string.Join(", ", list.Select(p => p.Key))}.", nameof(name));
    }
}
