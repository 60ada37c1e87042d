-- Takes one submission from the address's allowance, a token bucket shared by all servers: tokens
-- refill at capacity per window, up to capacity. No row comes back when none is left.
INSERT INTO submission_allowance AS a (address, tokens, updated_at)
VALUES (:address, :capacity - 1, now())
ON CONFLICT (address) DO UPDATE
SET tokens = least(:capacity, a.tokens + extract(epoch FROM now() - a.updated_at) * :capacity / :windowSeconds) - 1,
    updated_at = now()
WHERE least(:capacity, a.tokens + extract(epoch FROM now() - a.updated_at) * :capacity / :windowSeconds) >= 1
RETURNING tokens
