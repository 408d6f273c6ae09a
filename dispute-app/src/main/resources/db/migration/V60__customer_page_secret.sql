-- The secret that signs the customers' personal links when none is configured: made once, by the first
-- instance that starts, and shared by every instance, so that links printed on letters stay valid
-- across restarts. A configured amicable.customer-page.secret takes its place.
CREATE TABLE customer_page_secret (
    id         INT          NOT NULL PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
