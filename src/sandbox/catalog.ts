/** Fixed reference data of the sandbox: sources (providers) and assets. */
export const PROVIDERS = [
  { id: 'coinbase', label: 'Coinbase', auth: 'oauth2' },
  { id: 'binance', label: 'Binance', auth: 'api_key' },
  { id: 'kraken', label: 'Kraken', auth: 'api_key' },
  { id: 'gemini', label: 'Gemini', auth: 'oauth2' },
  { id: 'metamask', label: 'MetaMask', auth: 'wallet' },
  { id: 'ledger', label: 'Ledger', auth: 'wallet' },
  { id: 'bitstamp', label: 'Bitstamp', auth: 'api_key' },
  { id: 'okx', label: 'OKX', auth: 'api_key' },
  { id: 'bybit', label: 'Bybit', auth: 'api_key' },
  { id: 'crypto_com', label: 'Crypto.com', auth: 'oauth2' },
  { id: 'trezor', label: 'Trezor', auth: 'wallet' },
  { id: 'phantom', label: 'Phantom', auth: 'wallet' },
  { id: 'bitfinex', label: 'Bitfinex', auth: 'api_key' },
  { id: 'kucoin', label: 'KuCoin', auth: 'api_key' },
] as const;

/** symbol, name, USD price, quantity decimals */
export const ASSETS: readonly (readonly [string, string, string, number])[] = [
  ['BTC', 'Bitcoin', '67321.55', 8], ['ETH', 'Ether', '3512.08', 8], ['USDT', 'Tether', '1.00', 2],
  ['BNB', 'BNB', '598.40', 6], ['SOL', 'Solana', '171.22', 6], ['USDC', 'USD Coin', '1.00', 2],
  ['XRP', 'XRP', '0.5231', 4], ['DOGE', 'Dogecoin', '0.1582', 4], ['ADA', 'Cardano', '0.4510', 4],
  ['TRX', 'TRON', '0.1204', 4], ['AVAX', 'Avalanche', '35.81', 6], ['SHIB', 'Shiba Inu', '0.00002431', 0],
  ['DOT', 'Polkadot', '7.12', 6], ['LINK', 'Chainlink', '17.66', 6], ['BCH', 'Bitcoin Cash', '482.19', 8],
  ['NEAR', 'NEAR Protocol', '6.91', 6], ['MATIC', 'Polygon', '0.7120', 6], ['LTC', 'Litecoin', '84.35', 8],
  ['ICP', 'Internet Computer', '12.44', 6], ['UNI', 'Uniswap', '9.87', 6], ['DAI', 'Dai', '1.00', 2],
  ['ETC', 'Ethereum Classic', '27.30', 6], ['APT', 'Aptos', '9.05', 6], ['XLM', 'Stellar', '0.1102', 4],
  ['ATOM', 'Cosmos', '8.77', 6], ['FIL', 'Filecoin', '5.92', 6], ['ARB', 'Arbitrum', '1.08', 6],
  ['OP', 'Optimism', '2.51', 6], ['IMX', 'Immutable', '2.19', 6], ['HBAR', 'Hedera', '0.0911', 4],
  ['VET', 'VeChain', '0.0342', 4], ['MKR', 'Maker', '2870.10', 8], ['INJ', 'Injective', '28.44', 6],
  ['GRT', 'The Graph', '0.2801', 4], ['RNDR', 'Render', '10.12', 6], ['AAVE', 'Aave', '92.36', 6],
  ['ALGO', 'Algorand', '0.1820', 4], ['SAND', 'The Sandbox', '0.4430', 4], ['MANA', 'Decentraland', '0.4710', 4],
  ['XTZ', 'Tezos', '0.9800', 4], ['EGLD', 'MultiversX', '41.70', 6], ['FLOW', 'Flow', '0.8920', 4],
  ['CRV', 'Curve DAO', '0.4410', 4], ['LDO', 'Lido DAO', '2.03', 6], ['QNT', 'Quant', '104.60', 6],
];

export const FIRST_NAMES = [
  'Ada', 'José', 'Zoë', 'Wei', 'Amara', 'Søren', 'Łukasz', 'Aïcha', 'Björk', 'Nguyễn', 'Olga', 'Priya',
  'Mateo', 'Chloé', 'Kwame', 'Yuki', 'Fatima', 'Liam', 'Émile', 'Ingrid', 'Rahul', 'Sofía', 'Tomás', 'Noor',
  'Hana', 'Dmitri', 'Grace', 'Oğuz', 'Leilani', 'Ana', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Gita',
];
export const LAST_NAMES = [
  'Lovelace', 'García', 'Müller', '王', 'Okafor', 'Ørsted', 'Kowalski', 'Benali', 'Guðmundsdóttir', 'Văn An',
  'Ivanova', 'Sharma', 'Rossi', 'Dubois', 'Mensah', 'Tanaka', 'Al-Sayed', 'O’Brien', 'Zola', 'Lindqvist',
  'Patel', 'Hernández', 'Silva', 'Haddad', 'Kim', 'Petrov', 'Hopper', 'Yılmaz', 'Kahale', 'Costa', 'Smith',
  'Johnson', 'Nakamura', 'Schmidt', 'Nowak', 'Andersen',
];

/** Each asset's price as an exact integer count of 10^-decimals dollars ("67321.55" → 6732155, 2). */
export const ASSET_PRICES = ASSETS.map(([, , price]) => {
  const [whole, fraction = ''] = price.split('.');
  return { units: Number(`${whole}${fraction}`), decimals: fraction.length };
});
