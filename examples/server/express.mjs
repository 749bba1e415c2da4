// Express 5: mount the node listener at the same path as `mount`.
import express from 'express';
import { toNodeListener } from 'calico-widgets/server';
import { calico } from './calico-proxy.mjs';

export const app = express();
app.use('/calico-proxy', toNodeListener(calico));
// app.listen(8080);
